package uk.scrutiny.domain.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of every refused upload, kept or not. */
public interface RejectedUploads {

    /** Records a refused upload (no id), returning it with its id. */
    RejectedUpload add(RejectedUpload upload);

    Optional<RejectedUpload> find(RejectedUploadId id);

    /** A page of refused uploads, newest first. */
    List<RejectedUpload> find(int offset, int limit);

    long count();

    /**
     * Records that the kept file has been deleted.
     *
     * @return false when there was no kept file to delete (it had gone already)
     */
    boolean fileDeleted(RejectedUploadId id, Instant at, String by);
}
