package org.cxplanner.indicators;

import org.cxplanner.security.Team;

/** What the scorecard shows: by team, kind and status ("Off track", "On track", "No data", "Guardrail warning"). */
public record ScorecardFilter(Team team, IndicatorKind kind, String status) {

    public static final ScorecardFilter ALL = new ScorecardFilter(null, null, null);

    public boolean matches(ScorecardRow row) {
        return (team == null || row.indicator().getTeam() == team) && (kind == null || row.indicator().getKind() == kind)
                && (status == null || (status.equals("Guardrail warning") ? row.guardrail() != null : row.statusLabel().equals(status)));
    }

    public String toQueryString() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (team != null) {
            parts.add("team=" + team.name());
        }
        if (kind != null) {
            parts.add("kind=" + kind.name());
        }
        if (status != null) {
            parts.add("status=" + java.net.URLEncoder.encode(status, java.nio.charset.StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    public static ScorecardFilter fromParameters(java.util.function.Function<String, String> parameter) {
        Team team = null;
        IndicatorKind kind = null;
        try {
            team = parameter.apply("team") == null ? null : Team.valueOf(parameter.apply("team"));
        } catch (IllegalArgumentException ignored) {
            // an unknown team shows every team
        }
        try {
            kind = parameter.apply("kind") == null ? null : IndicatorKind.valueOf(parameter.apply("kind"));
        } catch (IllegalArgumentException ignored) {
            // an unknown kind shows both
        }
        String status = parameter.apply("status");
        return new ScorecardFilter(team, kind, status == null || status.isBlank() ? null : status);
    }
}
