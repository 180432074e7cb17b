package vn.tdkt.dossier.service;

/**
 * The three dossier services handed to the dossier screens as one argument. A holder, not a façade: callers use
 * the service of the aggregate they work on.
 */
public record DossierServices(DossierService dossiers, DossierCalendarService calendar, DossierAttachmentService attachments) {
}
