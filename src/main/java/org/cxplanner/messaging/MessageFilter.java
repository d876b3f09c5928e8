package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import java.time.LocalDate;

/** What the message list shows: by status, channel, audience stage, team, send dates, or only what waits for me. */
public record MessageFilter(MessageStatus status, MessageChannel channel, Long audienceStageId, Team team, LocalDate from,
                           LocalDate to, boolean waitingForMe) {

    public static final MessageFilter ALL = new MessageFilter(null, null, null, null, null, null, false);

    public MessageFilter withStatus(MessageStatus value) {
        return new MessageFilter(value, channel, audienceStageId, team, from, to, waitingForMe);
    }

    public MessageFilter withChannel(MessageChannel value) {
        return new MessageFilter(status, value, audienceStageId, team, from, to, waitingForMe);
    }

    public MessageFilter withAudience(Long value) {
        return new MessageFilter(status, channel, value, team, from, to, waitingForMe);
    }

    public MessageFilter withTeam(Team value) {
        return new MessageFilter(status, channel, audienceStageId, value, from, to, waitingForMe);
    }

    public MessageFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new MessageFilter(status, channel, audienceStageId, team, newFrom, newTo, waitingForMe);
    }

    public MessageFilter withWaitingForMe(boolean value) {
        return new MessageFilter(status, channel, audienceStageId, team, from, to, value);
    }

    public String toQueryString() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (status != null) {
            parts.add("status=" + status.name());
        }
        if (channel != null) {
            parts.add("channel=" + channel.name());
        }
        if (audienceStageId != null) {
            parts.add("audience=" + audienceStageId);
        }
        if (team != null) {
            parts.add("team=" + team.name());
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        if (waitingForMe) {
            parts.add("waiting=true");
        }
        return String.join("&", parts);
    }

    /** Unknown or malformed values are ignored, so an old bookmark still opens. */
    public static MessageFilter fromParameters(java.util.function.Function<String, String> parameter) {
        return new MessageFilter(parse(parameter.apply("status"), MessageStatus::valueOf),
                parse(parameter.apply("channel"), MessageChannel::valueOf), parse(parameter.apply("audience"), Long::valueOf),
                parse(parameter.apply("team"), Team::valueOf), parse(parameter.apply("from"), LocalDate::parse),
                parse(parameter.apply("to"), LocalDate::parse), "true".equals(parameter.apply("waiting")));
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser) {
        try {
            return value == null || value.isBlank() ? null : parser.apply(value.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

}
