package org.rapporteur.query.projection;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch's token is stored after the views the batch's commit stores, though it was asked for first. */
class TrailingTokensTest {

    private final List<String> written = new ArrayList<>();
    private final TokenStore tokens = new TrailingTokens(new Recording());

    @Test
    void theTokenAskedForFirstInACommitIsStoredLast() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        batch.onPrepareCommit(u -> tokens.storeToken(new GlobalSequenceTrackingToken(7), "projections", 0));
        batch.onPrepareCommit(u -> written.add("views of meeting a"));
        batch.onPrepareCommit(u -> written.add("views of meeting b"));
        batch.commit();

        assertThat(written).containsExactly("views of meeting a", "views of meeting b", "token 7");
    }

    @Test
    void aCommitThatFailsBeforeTheTokenLeavesItUnstored() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        batch.onPrepareCommit(u -> tokens.storeToken(new GlobalSequenceTrackingToken(7), "projections", 0));
        batch.onPrepareCommit(u -> {
            throw new IllegalStateException("killed while storing views");
        });
        try {
            batch.commit();
        } catch (IllegalStateException expected) {
            // the batch is handed over again
        }
        assertThat(written).isEmpty();
    }

    @Test
    void outsideACommitTheTokenIsStoredAtOnce() {
        tokens.storeToken(new GlobalSequenceTrackingToken(3), "projections", 1);
        assertThat(written).containsExactly("token 3");
    }

    private final class Recording implements TokenStore {
        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            written.add("token " + token.position().orElseThrow());
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            return null;
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return new int[0];
        }
    }
}
