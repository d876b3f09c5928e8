package org.cxplanner.messaging;

import org.cxplanner.base.DemoDataSeeder;
import org.cxplanner.security.Team;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Four checklist templates with the items of the product brief, and eight messages over the next six weeks in every
 * status: one pair to the same audience within three days (a send clash), one linked to Social media, which has no
 * Accountable in the RACI matrix, so its sign-off is refused until that is settled.
 */
@Component
class DemoMessaging implements DemoDataSeeder {

    private record Item(String text, Team side, boolean required) {
    }

    private static final List<Item> CORE = List.of(
            new Item("Voice and tone match the brand guide", Team.MARKETING, true),
            new Item("Visual style matches other marketing", Team.MARKETING, true),
            new Item("The promise matches what the post-sale experience delivers", Team.CX, true),
            new Item("Audience is in the right lifecycle stage (no prospect offers to existing customers)", Team.JOINT, true),
            new Item("Call to action is consistent with other messages", Team.JOINT, true),
            new Item("No clash with other sends that week", Team.JOINT, true),
            new Item("Support is ready for replies", Team.CX, true),
            new Item("Legal and accessibility checked", Team.JOINT, true),
            new Item("The indicator it should move is named", Team.JOINT, false));

    /** "No clash with other sends that week": tickable only once a clash is resolved or accepted with a note. */
    private static final int CLASH_ITEM = 5;

    private static final Map<String, String> TEMPLATES = Map.of(
            "Newsletter", "NEWSLETTER,EMAIL", "Lifecycle email", "EMAIL,IN_PRODUCT",
            "Campaign launch", "SOCIAL,WEB,EMAIL,EVENT", "Renewal notice", "EMAIL,LETTER");

    private record Demo(String title, String template, MessageChannel channel, String audience, int inDays, Team team,
                        MessageStatus status, List<String> touchpoints, String body) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("December customer newsletter", "Newsletter", MessageChannel.NEWSLETTER, "Adoption", 9, Team.JOINT,
                    MessageStatus.IN_REVIEW, List.of("Product tips newsletter"), "Three tips from customers like you, and what is new."),
            new Demo("Year-end product tips", "Lifecycle email", MessageChannel.EMAIL, "Adoption", 11, Team.CX,
                    MessageStatus.DRAFT, List.of("Product tips newsletter", "In-product guidance"), "Get more done before the holidays."),
            new Demo("Spring campaign teaser", "Campaign launch", MessageChannel.SOCIAL, "Awareness", 20, Team.MARKETING,
                    MessageStatus.DRAFT, List.of("Social media", "Paid ads"), "Something new is coming in spring."),
            new Demo("Welcome series, first email", "Lifecycle email", MessageChannel.EMAIL, "Onboarding", 3, Team.JOINT,
                    MessageStatus.ALIGNED, List.of("Welcome email"), "Welcome! Here is your first step."),
            new Demo("Renewal reminder, January", "Renewal notice", MessageChannel.EMAIL, "Renewal", 24, Team.CX,
                    MessageStatus.IN_REVIEW, List.of("Renewal notice", "Billing and invoices"), "Your plan renews on 1 February."),
            new Demo("Help centre relaunch note", "Newsletter", MessageChannel.IN_PRODUCT, "Support", 32, Team.CX,
                    MessageStatus.DRAFT, List.of("Help centre"), "Answers are now one search away."),
            new Demo("Pricing update for prospects", "Campaign launch", MessageChannel.WEB, "Consideration", 38, Team.MARKETING,
                    MessageStatus.DRAFT, List.of("Pricing page"), "Plans explained the way you compare them."),
            new Demo("November onboarding check-in", "Lifecycle email", MessageChannel.EMAIL, "Onboarding", -5, Team.CX,
                    MessageStatus.SENT, List.of("Onboarding call"), "How is your first month going?"));

    private static final Demo PROMISING = new Demo("New onboarding call invitation", "Lifecycle email", MessageChannel.EMAIL,
            "Onboarding", 0, Team.JOINT, MessageStatus.ALIGNED, List.of("Onboarding call"),
            "Your first call is now 30 minutes, about your first success. Book it here.");

    private final JdbcTemplate jdbc;
    private final MessageRecords records;

    DemoMessaging(JdbcTemplate jdbc, MessageRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    @Override
    public void seed() {
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM checklist_template", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        for (var template : TEMPLATES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            Long id = jdbc.queryForObject("INSERT INTO checklist_template (name, channels) VALUES (?, ?) RETURNING id",
                    Long.class, template.getKey(), template.getValue());
            for (int i = 0; i < CORE.size(); i++) {
                jdbc.update("""
                        INSERT INTO checklist_template_item (template_id, position, text, required, side, checks_clash)
                        VALUES (?, ?, ?, ?, ?, ?)""", id, i, CORE.get(i).text(), CORE.get(i).required(), CORE.get(i).side().name(),
                        i == CLASH_ITEM);
            }
        }
        LocalDate today = LocalDate.now();
        for (Demo demo : DEMO) {
            insert(demo, today.plusDays(demo.inDays()), null);
        }
        // A message promising the onboarding redesign, sending a week after it ends: moving the redesign two weeks
        // later would send it before the promise is delivered.
        jdbc.query("SELECT id, end_date FROM initiative WHERE title = 'Onboarding call redesign'", rs -> {
            insert(PROMISING, rs.getDate(2).toLocalDate().plusDays(7), rs.getLong(1));
        });
    }

    private void insert(Demo demo, LocalDate sendDate, Long promised) {
        Long id = jdbc.queryForObject("""
                INSERT INTO message (title, channel, audience_stage_id, send_date, team, body, status, template_name, updated_by)
                SELECT ?, ?, s.id, ?, ?, ?, ?, ?, 'system' FROM journey_stage s WHERE s.name = ? RETURNING id""", Long.class,
                demo.title(), demo.channel().name(), Date.valueOf(sendDate), demo.team().name(),
                demo.body(), demo.status().name(), demo.template(), demo.audience());
        for (String touchpoint : demo.touchpoints()) {
            jdbc.update("INSERT INTO message_touchpoint (message_id, touchpoint_id) SELECT ?, id FROM touchpoint WHERE name = ?",
                    id, touchpoint);
        }
        boolean allTicked = demo.status() == MessageStatus.ALIGNED || demo.status() == MessageStatus.SENT;
        for (int i = 0; i < CORE.size(); i++) {
            boolean ticked = allTicked || (demo.status() == MessageStatus.IN_REVIEW && i < 5);
            jdbc.update("""
                    INSERT INTO message_check (message_id, position, text, required, side, ticked, ticked_by, ticked_at, checks_clash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END, ?)""", id, i, CORE.get(i).text(), CORE.get(i).required(),
                    CORE.get(i).side().name(), ticked, ticked ? (CORE.get(i).side() == Team.CX ? "cx" : "marketer") : null, ticked,
                    i == CLASH_ITEM);
        }
        Set<Team> signed = allTicked ? Set.of(Team.MARKETING, Team.CX) : Set.of();
        for (Team side : signed) {
            jdbc.update("""
                    INSERT INTO message_signoff (message_id, side, signed_by, signed_at, content_version)
                    VALUES (?, ?, ?, now(), 1)""", id, side.name(), side == Team.MARKETING ? "cmo" : "cco");
        }
        MessageForm form = new MessageForm();
        form.setTitle(demo.title());
        form.setChannel(demo.channel());
        form.setAudienceStageId(jdbc.queryForObject("SELECT id FROM journey_stage WHERE name = ?", Long.class, demo.audience()));
        form.setSendDate(sendDate);
        form.setPromisedInitiativeIds(promised == null ? Set.of() : Set.of(promised));
        form.setTeam(demo.team());
        form.setBody(demo.body());
        form.setTouchpointIds(Set.copyOf(jdbc.queryForList(
                "SELECT touchpoint_id FROM message_touchpoint WHERE message_id = ?", Long.class, id)));
        records.saveRevision(id, 1, form.describe(stage -> demo.audience(),
                ids -> String.join(", ", jdbc.queryForList("""
                        SELECT t.name FROM touchpoint t JOIN journey_stage s ON s.id = t.stage_id
                        WHERE t.id = ANY(?) ORDER BY s.position, t.position, t.id""",
                        String.class, (Object) ids.toArray(Long[]::new))),
                initiative -> jdbc.queryForObject("SELECT title FROM initiative WHERE id = ?", String.class, initiative)));
        if (promised != null) {
            jdbc.update("INSERT INTO message_promise (message_id, initiative_id) VALUES (?, ?)", id, promised);
        }
    }

    @Override
    public int getOrder() {
        return 40;
    }
}
