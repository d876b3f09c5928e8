package org.cxplanner.messaging;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.time.Instant;

public interface MessageRepository extends ListCrudRepository<Message, Long> {

    /**
     * The optimistic lock of a write that changes one child row instead of saving the whole message: moves the
     * version on if it is still the expected one. 0 means someone else changed the message first.
     */
    @Modifying
    @Query("UPDATE message SET version = version + 1, updated_by = :user, updated_at = :at WHERE id = :id AND version = :version")
    int touch(long id, int version, String user, Instant at);

    @Modifying
    @Query("""
            UPDATE message_check SET ticked = :ticked, ticked_by = :tickedBy, ticked_at = :tickedAt, note = :note
            WHERE message_id = :id AND position = :position""")
    int setCheck(long id, int position, boolean ticked, String tickedBy, Instant tickedAt, String note);
}
