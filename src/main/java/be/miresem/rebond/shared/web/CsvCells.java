package be.miresem.rebond.shared.web;

/** CSV exports' cells: text typed by users, made inert for spreadsheets. */
public final class CsvCells {

    private CsvCells() {
    }

    /** A leading =, +, - or @ (or tab, carriage return) would start a formula in Excel: it gets a quote. */
    public static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
