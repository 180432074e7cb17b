package vn.tdkt.council.domain;

import java.util.List;
import vn.tdkt.common.domain.Msg;

/** What putting a dossier's subjects on the agenda did: the candidates added and the subjects passed over, why. */
public record AgendaAddition(String dossierCode, List<Candidate> added, List<Skipped> skipped) {

    public record Skipped(String name, Msg reason) {
    }
}
