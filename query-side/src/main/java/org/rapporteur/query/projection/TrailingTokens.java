package org.rapporteur.query.projection;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.Optional;

/**
 * A token store whose tokens trail the views they cover. A pooled processor asks to store its token first thing
 * when a batch commits, before the projections store the batch's views (they do so as the batch commits, one meeting
 * at a time, {@link MeetingBatches}); a kill between the two left a token past views never stored. Here the token
 * asked for while a batch commits is stored after every other step of the commit, so that a kill leaves the views
 * ahead of the token at worst: the events after the token are handed over again, and the projections, which skip
 * what a meeting's views already hold, end where a rebuild would.
 */
final class TrailingTokens implements TokenStore {

    private final TokenStore delegate;

    TrailingTokens(TokenStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        if (CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.PREPARE_COMMIT) {
            // handlers added in the phase being run are run after those registered before, in the same phase
            CurrentUnitOfWork.get().onPrepareCommit(u -> delegate.storeToken(token, processorName, segment));
        } else {
            delegate.storeToken(token, processorName, segment);
        }
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        delegate.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        delegate.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }
}
