package vn.tdkt.certificate.domain;

import java.nio.file.Path;

/**
 * What a print run wrote.
 *
 * @param pages   one per certificate
 * @param revoked recipients left out because their line was revoked
 * @param plain   pages printed as the plain A4 certificate (no blank configured for their award)
 */
public record PrintResult(String decisionNo, int pages, int revoked, int plain, String fontName, Path file) {
}
