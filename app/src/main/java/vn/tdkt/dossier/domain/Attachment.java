package vn.tdkt.dossier.domain;

import java.time.LocalDateTime;

/**
 * A file of a dossier component, stored as attachments/&lt;dossier id&gt;/&lt;storedName&gt; in the data folder.
 *
 * @param storedName &lt;sha256&gt;.&lt;ext&gt;
 * @param generated  true when written by the app's document generator
 */
public record Attachment(long id, long dossierId, String componentCode, String originalName, String storedName,
                         long size, String sha256, String contentType, boolean generated, LocalDateTime addedAt,
                         String addedBy) {
}
