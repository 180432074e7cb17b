package vn.tdkt.exemplary.domain;

import java.time.LocalDateTime;

/** An evidence file of a model, stored under the data folder by its SHA-256 (the dossiers' mechanism). */
public record Evidence(long id, long modelId, String originalName, String storedName, long size, String sha256,
                       String contentType, String note, LocalDateTime addedAt, String addedBy) {
}
