package org.rapporteur.command.meeting;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The signed-in user is who logged each command (metadata {@code loggedBy}); a client cannot claim otherwise.
 * Without a signed-in user (security off, the command line) whatever the sender put there stays.
 */
@Component
public class LoggedByPrincipal implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        String user = signedInUser();
        return (index, command) -> user == null ? command
                : command.andMetaData(Map.of(LoggingMetadata.LOGGED_BY, user));
    }

    static String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }
}
