package vn.tdkt.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.exemplary.domain.DelegateLine;
import vn.tdkt.exemplary.domain.DelegateResult;
import vn.tdkt.exemplary.domain.DelegateSelection;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.Period;
import vn.tdkt.exemplary.domain.Stage;

/**
 * The exemplary models of the sample data (the movements sample the app offers at first start): several movements of
 * the seeds, every stage, five years of recognitions, and seed 004 §V's allocation at a quota of 10 falling inside a
 * group of equal count.
 */
class ExemplarySamplesTest {

    private static AppContext ctx;

    @BeforeAll
    static void open() {
        ctx = MovementSamples.sampleContext(Path.of("..", "samples"));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void theSampleHasModelsAcrossTheSeedsMovementsInEveryStageWithFiveYearsOfRecognitions() {
        List<ModelRow> models = ctx.exemplary().list();
        assertEquals(ExemplarySamples.MODELS.length, models.size());
        assertTrue(models.stream().map(ModelRow::movementCode).distinct().count() >= 10);
        assertTrue(models.stream().anyMatch(m -> "TN-KH-2023".equals(m.movementCode())), "seed 001's movement too");
        assertEquals(Set.of(Stage.values()), models.stream().map(m -> m.model().stage()).collect(Collectors.toSet()));
        ModelRow quynh = ctx.exemplary().byCode("DHTT-08").orElseThrow();
        assertEquals("CB00006", quynh.personCode());
        assertTrue(quynh.woman(), "a person of the main sample gives the model her gender");
        Set<Integer> years = models.stream().flatMap(m -> ctx.exemplary().details(m.model().id()).recognitions().stream())
                .map(r -> r.year()).collect(Collectors.toSet());
        assertEquals(Set.of(2021, 2022, 2023, 2024, 2025), years);
        ModelRow bv = ctx.exemplary().byCode("DHTT-01").orElseThrow();
        assertEquals(java.time.LocalDate.of(2023, 6, 11), bv.model().stageDate(), "replicated from the 11/6 after");
        List<vn.tdkt.exemplary.domain.StageChange> log = ctx.exemplary().stages(bv.model().id());
        assertEquals(List.of(Stage.PHAT_HIEN, Stage.BOI_DUONG, Stage.TONG_KET, Stage.NHAN_RONG),
                log.stream().map(vn.tdkt.exemplary.domain.StageChange::to).toList(), "every stage dated by the sheet");
        assertEquals(java.time.LocalDate.of(2021, 5, 20), log.get(0).on());
        assertEquals(ExemplarySamples.RECORDER, log.get(0).user());
    }

    @Test
    void theCongressAllocationAtQuotaTenTiesAtTheCut() {
        for (String scope : new String[] {null, "HY-KH90-2021"}) {
            DelegateSelection s = ctx.delegates().select(scope, new Period(2021, 2025), ExemplarySamples.QUOTA);
            Map<DelegateResult, List<String>> by = s.lines().stream().collect(Collectors.groupingBy(DelegateLine::result,
                    Collectors.mapping(l -> l.candidate().code(), Collectors.toList())));
            assertEquals(List.of("DHTT-01", "DHTT-02", "DHTT-03", "DHTT-04", "DHTT-05", "DHTT-06", "DHTT-07"),
                    by.get(DelegateResult.DUOC_CHON));
            assertEquals(ExemplarySamples.TIED, by.get(DelegateResult.DONG_HANG));
            assertEquals(7, s.selected());
            assertEquals(5, s.tied());
            assertEquals(3, s.seatsAtCut());
            assertEquals(ExemplarySamples.TIED_WOMEN, s.lines().stream()
                    .filter(l -> l.result() == DelegateResult.DONG_HANG && l.candidate().preferred())
                    .map(l -> l.candidate().code()).toList());
            assertTrue(s.lines().stream().filter(l -> l.result() == DelegateResult.DONG_HANG).allMatch(l -> l.rank() == 8));
            assertEquals(DelegateResult.KHONG_DUOC_CHON, s.lines().stream().filter(l -> l.candidate().code().equals("DHTT-16"))
                    .findFirst().orElseThrow().result(), "a model never recognised is not chosen");
        }
    }
}
