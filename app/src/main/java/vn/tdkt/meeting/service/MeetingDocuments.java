package vn.tdkt.meeting.service;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.meeting.domain.DocTemplate;
import vn.tdkt.meeting.domain.BallotLayout;
import vn.tdkt.meeting.domain.MeetingDoc;
import vn.tdkt.meeting.domain.PersonReport;
import vn.tdkt.meeting.domain.ProposalDoc;
import vn.tdkt.meeting.domain.TemplateBook;
import vn.tdkt.meeting.domain.UnitReport;

/**
 * The documents of the council secretary, one .docx each (NĐ 30/2020 layout): Tờ trình with its Danh sách, Báo cáo
 * thành tích of a person and of a collective, Phiếu bầu, Biên bản kiểm phiếu and Biên bản họp. The wording of the
 * regime in force on the document's date comes from the {@link TemplateBook} ({@link DocTemplates#book}). Each file is written atomically.
 */
public final class MeetingDocuments {

    private MeetingDocuments() {
    }

    /** The template of the regime in force on that day. */
    public static DocTemplate template(TemplateBook book, LocalDate day) {
        return book.forDate(day);
    }

    public static void writeProposal(ProposalDoc doc, TemplateBook book, Path target) {
        ProposalDocx.write(doc, template(book, doc.date()), target);
    }

    public static void writePersonReport(PersonReport report, TemplateBook book, Path target) {
        ReportDocx.writePerson(report, template(book, report.date()), target);
    }

    public static void writeUnitReport(UnitReport report, TemplateBook book, Path target) {
        ReportDocx.writeUnit(report, template(book, report.date()), target);
    }

    /** Every ballot of the meeting in one file: per title group, one per member who votes, each on its own page. */
    public static void writeBallots(MeetingDoc meeting, Catalogue catalogue, Path target) {
        writeBallots(meeting, catalogue, BallotLayout.ONE_PER_TITLE, target);
    }

    /** The Phiếu bầu in the layout the secretary chose (decision 0050). */
    public static void writeBallots(MeetingDoc meeting, Catalogue catalogue, BallotLayout layout, Path target) {
        BallotDocx.write(meeting, catalogue, layout, target);
    }

    /** The Biên bản kiểm phiếu of a title that has been voted on. */
    public static void writeCountMinutes(MeetingDoc meeting, String titleCode, Catalogue catalogue, Path target) {
        CountDocx.write(meeting, meeting.result(titleCode).orElseThrow(() -> new IllegalArgumentException(
                "Chưa bỏ phiếu danh hiệu/hình thức mã " + titleCode)), catalogue, target);
    }

    public static void writeMinutes(MeetingDoc meeting, TemplateBook book, Catalogue catalogue, Path target) {
        MinutesDocx.write(meeting, template(book, meeting.date()), catalogue, target);
    }
}
