package org.rapporteur.standalone;

import org.rapporteur.query.history.AsOf;
import org.rapporteur.query.history.MalformedAsOfException;
import org.rapporteur.query.report.render.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Iterator;

/** How report formats and moments are read from the command line: whatever {@link ReportFormat} knows. */
final class FormatOption {

    private FormatOption() {
    }

    static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value).orElseThrow(() -> new TypeConversionException(
                    "--format must be one of " + ReportFormat.names() + ", not '" + value + "'"));
        }
    }

    /** The format names, for help and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::extension).iterator();
        }
    }

    static final class Moment implements ITypeConverter<AsOf> {
        @Override
        public AsOf convert(String value) {
            try {
                AsOf asOf = AsOf.parse(value);
                if (asOf != null) {
                    return asOf;
                }
            } catch (MalformedAsOfException malformed) {
                // said below
            }
            throw new TypeConversionException("--as-of must be an event sequence number, a meeting date(-time) such as "
                    + "2024-09-10 or 2024-09-10T10:30, or a logging instant such as 2024-09-10T08:31:07Z, not '" + value + "'");
        }
    }
}
