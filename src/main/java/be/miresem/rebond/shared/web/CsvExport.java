package be.miresem.rebond.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the portal writes a CSV download: as Excel in Belgium opens it (UTF-8 with a byte-order mark,
 * semicolons), never cached, and every cell made inert for spreadsheets, whatever column it is in.
 */
public final class CsvExport implements AutoCloseable {

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the download {@code fileName} with its header row. */
    public static CsvExport open(HttpServletResponse response, String fileName, List<String> headers) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';')
                .setHeader(headers.stream().map(CsvExport::cell).toArray(String[]::new)).get();
        return new CsvExport(new CSVPrinter(writer, format));
    }

    /** One row; null values stay empty cells, others are written as text, neutralised. */
    public void row(Object... values) throws IOException {
        row(Arrays.asList(values));
    }

    public void row(List<?> values) throws IOException {
        printer.printRecord(values.stream().map(v -> v == null ? null : cell(String.valueOf(v))).toList());
    }

    /** A leading =, +, - or @ (or tab, carriage return) would start a formula in Excel: it gets a quote. */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
