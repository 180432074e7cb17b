package vn.tdkt.exemplary.domain;

import java.time.LocalDate;

/** One line of the replication record (nhân rộng): who learnt from the model, how, when. */
public record Replication(long id, long modelId, ReplicationActivity activity, LocalDate on, String learner, String note) {
}
