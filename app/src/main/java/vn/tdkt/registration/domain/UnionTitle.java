package vn.tdkt.registration.domain;

import vn.tdkt.catalog.domain.AwardSubject;

/** A title of the trade union (danh hiệu Công đoàn): a catalogue of its own, never mixed with the state titles. */
public record UnionTitle(String code, String name, AwardSubject subject, int rank, boolean active) {
}
