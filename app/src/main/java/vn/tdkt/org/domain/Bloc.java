package vn.tdkt.org.domain;

/** Khối / cụm thi đua. */
public record Bloc(long id, String name) {
}
