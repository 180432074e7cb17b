package vn.tdkt.registration.domain;

import vn.tdkt.common.domain.Problem;

/** A problem of one file among several imported together: the file's name, then the sheet, row and column. */
public record FileProblem(String file, Problem problem) {
}
