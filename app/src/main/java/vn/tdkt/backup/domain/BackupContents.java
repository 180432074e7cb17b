package vn.tdkt.backup.domain;

import java.time.LocalDateTime;

/**
 * What a backup holds, told before it replaces the data: when it was written and its counts of units, people and
 * awards (each -1 when the file cannot tell: a server's dump without that table).
 */
public record BackupContents(LocalDateTime written, long units, long people, long awards) {
}
