package org.aftermath.tmen.agents;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Routes of administration. Each agent allows some of them ({@link Agent#routes()}). */
public enum Route {
    /** intravenous injection over minutes */
    IV_BOLUS("iv_bolus"),
    /** intravenous infusion over hours */
    IV_INFUSION("iv_infusion"),
    /** intraperitoneal */
    IP("ip"),
    /** subcutaneous */
    SC("sc"),
    /** by mouth */
    ORAL("oral"),
    /** external-beam radiotherapy */
    EXTERNAL_BEAM("external_beam");

    private final String token;

    Route(String token) {
        this.token = token;
    }

    /** @return how the route is written in files and on the command line, e.g. {@code iv_bolus} */
    @JsonValue
    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return token;
    }

    /**
     * @param text a route as written, case-insensitive; spaces and hyphens count as underscores
     *             ({@code "iv bolus"}, {@code iv-bolus})
     * @return the route, or empty if {@code text} names none
     */
    public static Optional<Route> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.token.equals(wanted)).findFirst();
    }

    /** @return every route's token, in declaration order */
    public static List<String> tokens() {
        return Arrays.stream(values()).map(Route::token).toList();
    }
}
