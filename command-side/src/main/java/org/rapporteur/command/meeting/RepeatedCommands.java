package org.rapporteur.command.meeting;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Idempotency as a concern of dispatching commands, not of the meeting: a command whose Idempotency-Key was processed
 * is answered as the first time, without loading the meeting; a key reused for another action is refused
 * ({@link IdempotencyKeyReused}); a new key is recorded in the command's unit of work, before its events
 * ({@link ProcessedCommands}), and forgotten if the unit of work rolls back.
 */
final class RepeatedCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final ProcessedCommands processed;

    RepeatedCommands(ProcessedCommands processed) {
        this.processed = processed;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object payload = unitOfWork.getMessage().getPayload();
        String key = key(payload);
        if (key == null) {
            return chain.proceed();
        }
        String meeting = ((MeetingCommand) payload).meetingId();
        Object asGiven = asGiven(payload);
        ProcessedCommands.Processed earlier = processed.find(meeting, key);
        if (earlier != null) {
            return earlier.answer(key, asGiven);
        }
        Object result = chain.proceed();
        if (result instanceof Recorded recorded) {
            processed.record(meeting, key, CommandDigest.of(asGiven), recorded);
            unitOfWork.onRollback(u -> processed.forget(meeting, key, recorded));
        }
        return result;
    }

    private static String key(Object payload) {
        if (payload instanceof RecordAction record) {
            return record.commandId();
        }
        return payload instanceof ConveneMeeting convene ? convene.commandId() : null;
    }

    private static Object asGiven(Object payload) {
        return payload instanceof RecordAction record ? record.action() : ((ConveneMeeting) payload).facts();
    }
}
