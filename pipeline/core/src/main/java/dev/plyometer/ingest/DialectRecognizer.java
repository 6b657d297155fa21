package dev.plyometer.ingest;

/**
 * Decides a CSV's dialect from its content: a header block's first line (ActiGraph), a {@code Device Type} line
 * (GENEActiv), a first row that is data rather than names (Axivity), or else the header line's names. A dialect the
 * user names ({@code --format}) skips the decision and is applied as if recognised.
 */
final class DialectRecognizer {
    private DialectRecognizer() {
    }

    static Recognition recognise(String file, Preview p, CsvDialect forced) {
        int first = p.nonBlank(0);
        if (first < 0) {
            throw new ImportException(file, 0, p.eof
                    ? "empty file; expected a CSV header such as timestamp,x,y,z and data rows"
                    : "only blank lines in " + p.extent() + "; expected a CSV header");
        }
        if (forced == CsvDialect.ACTIGRAPH_RAW || forced == null && ActiGraphHeader.matches(p.text(first))) {
            return ActiGraphHeader.recognise(file, p);
        }
        if (forced == CsvDialect.GENEACTIV || forced == null && GeneActivHeader.matches(p)) {
            return GeneActivHeader.recognise(file, p);
        }
        if (forced == CsvDialect.AXIVITY_OMGUI || forced == null && AxivityRows.matches(p.text(first))) {
            return AxivityRows.recognise(file, p, first);
        }
        return HeaderDialects.recognise(file, p, forced);
    }
}
