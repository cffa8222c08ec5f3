package org.aftermath.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Selects test cases by number: {@code 1-100}, {@code 00001,00042}, {@code 7,1200-1300}. */
final class CaseRange {

    private CaseRange() { }

    /**
     * @param cases the case folders (named by their number)
     * @param range comma-separated numbers and inclusive ranges
     * @return the cases the range selects, in their order
     * @throws BadOptionException if the range is not numbers and ranges
     */
    static List<Path> select(List<Path> cases, String range) {
        List<long[]> spans = new ArrayList<>();
        for (String part : range.split(",")) {
            String p = part.trim();
            try {
                int dash = p.indexOf('-', 1);
                long from = Long.parseLong(dash < 0 ? p : p.substring(0, dash).trim());
                long to = dash < 0 ? from : Long.parseLong(p.substring(dash + 1).trim());
                if (to < from) {
                    throw new NumberFormatException();
                }
                spans.add(new long[] {from, to});
            } catch (NumberFormatException e) {
                throw new BadOptionException("--cases: '" + p + "' is not a case number or a range such as 1-100");
            }
        }
        List<Path> out = new ArrayList<>();
        for (Path c : cases) {
            long id = Long.parseLong(c.getFileName().toString());
            for (long[] s : spans) {
                if (id >= s[0] && id <= s[1]) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }
}
