package org.cxplanner.bench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.cxplanner.base.export.ExportFormat;
import org.cxplanner.raci.LargePlan;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.RaciExportService;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the RACI targets on a generated 500 touchpoint × 30 function plan: first render of /raci (server time
 * and SQL statements), one cell edit (statements) and exports (time); then the roadmap's with 300 initiatives and
 * 900 milestones: first render of /roadmap and one reschedule; then the scorecard of 200 indicators with 52 measurements each. Memory is measured on the production jar
 * by {@link SessionMemoryProbe}.
 * Run with {@code bash .ci/benchmark}; results go to standard output (see docs/benchmarks.md).
 */
public final class RaciBenchmark {

    private static int TOUCHPOINTS = 500;
    private static int FUNCTIONS = 30;

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            TOUCHPOINTS = Integer.parseInt(args[0]);
            FUNCTIONS = Integer.parseInt(args[1]);
        }
        try (ConfigurableApplicationContext context = BenchmarkApp.start()) {
            LargePlan.create(context.getBean(JdbcTemplate.class), TOUCHPOINTS, FUNCTIONS);
            Routes routes = new Routes().autoDiscoverViews("org.cxplanner");
            System.out.printf("Plan: %d touchpoints x %d functions, %s cells filled%n", TOUCHPOINTS, FUNCTIONS,
                    context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM raci_assignment", Integer.class));

            List<Long> renderTimes = new ArrayList<>();
            int renderStatements = 0;
            for (int i = 0; i < 25; i++) {
                openSession(context, routes);
                StatementCounter.STATEMENTS.set(0);
                long start = System.nanoTime();
                UI.getCurrent().navigate("raci");
                MockVaadin.clientRoundtrip(false);
                renderTimes.add(System.nanoTime() - start);
                renderStatements = StatementCounter.STATEMENTS.get();
                MockVaadin.tearDown();
            }
            report("first render of /raci (navigate + first data page)", renderTimes, renderStatements + " SQL statements");

            openSession(context, routes);
            RaciService raci = context.getBean(RaciService.class);
            RaciLetter shown = raci.row(1).orElseThrow().letter(FUNCTIONS);
            StatementCounter.STATEMENTS.set(0);
            raci.setCell(1, FUNCTIONS, shown, shown == RaciLetter.I ? RaciLetter.C : RaciLetter.I);
            System.out.printf("one cell edit (RaciService.setCell): %d SQL statements%n", StatementCounter.STATEMENTS.get());

            RaciExportService exports = context.getBean(RaciExportService.class);
            for (ExportFormat format : ExportFormat.values()) {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    long start = System.nanoTime();
                    exports.export(format, MatrixFilter.ALL, OutputStream.nullOutputStream());
                    times.add(System.nanoTime() - start);
                }
                report("export " + format + " 500x30", times, "");
            }
            MockVaadin.tearDown();

            LargePlan.roadmap(context.getBean(JdbcTemplate.class), 300, 3, TOUCHPOINTS);
            System.out.printf("Roadmap: %s initiatives, %s milestones%n",
                    context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM initiative", Integer.class),
                    context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM milestone", Integer.class));
            timeline(context, routes, "first render of /roadmap (year zoom), no links");
            int links = LargePlan.dependencies(context.getBean(JdbcTemplate.class), 400);
            System.out.printf("Links: %d, %d of them in conflict%n", links, context.getBean(JdbcTemplate.class).queryForObject("""
                    SELECT count(*) FROM initiative_dependency d JOIN initiative p ON p.id = d.predecessor_id
                    JOIN initiative s ON s.id = d.successor_id
                    WHERE p.status <> 'DROPPED' AND s.status NOT IN ('DONE', 'DROPPED') AND s.start_date <= p.end_date + d.lag_days""",
                    Integer.class));
            timeline(context, routes, "first render of /roadmap (year zoom), " + links + " links");
            openSession(context, routes);
            org.cxplanner.roadmap.RoadmapDependencies dependencies = context.getBean(org.cxplanner.roadmap.RoadmapDependencies.class);
            org.cxplanner.roadmap.RoadmapService plan = context.getBean(org.cxplanner.roadmap.RoadmapService.class);
            List<Long> conflictTimes = new ArrayList<>();
            List<Long> previewTimes = new ArrayList<>();
            var first = plan.page(org.cxplanner.roadmap.RoadmapFilter.ALL, org.cxplanner.roadmap.RoadmapSort.START, true, 0, 1).getFirst();
            int previewStatements = 0;
            for (int i = 0; i < 30; i++) {
                long start = System.nanoTime();
                long conflicts = dependencies.links().stream().filter(org.cxplanner.roadmap.DependencyLink::conflict).count()
                        + plan.span(org.cxplanner.roadmap.RoadmapFilter.ALL, null, null).stream().filter(org.cxplanner.roadmap.InitiativeRow::conflict).count();
                conflictTimes.add(System.nanoTime() - start);
                StatementCounter.STATEMENTS.set(0);
                start = System.nanoTime();
                dependencies.preview(first.id(), first.startDate().plusWeeks(8), first.endDate().plusWeeks(8));
                previewTimes.add(System.nanoTime() - start);
                previewStatements = StatementCounter.STATEMENTS.get();
            }
            report("conflicts of every link and every initiative (links() + span())", conflictTimes, "");
            report("knock-on preview of moving the first initiative 8 weeks", previewTimes, previewStatements + " SQL statements");
            MockVaadin.tearDown();
            openSession(context, routes);
            org.cxplanner.roadmap.RoadmapService roadmap = context.getBean(org.cxplanner.roadmap.RoadmapService.class);
            var row = roadmap.page(org.cxplanner.roadmap.RoadmapFilter.ALL, org.cxplanner.roadmap.RoadmapSort.START, true, 0, 10)
                    .stream().filter(r -> r.team() != org.cxplanner.security.Team.MARKETING).findFirst().orElseThrow();
            StatementCounter.STATEMENTS.set(0);
            roadmap.reschedule(row.id(), row.version(), row.startDate().plusWeeks(1));
            System.out.printf("one reschedule (RoadmapService.reschedule): %d SQL statements%n", StatementCounter.STATEMENTS.get());
            MockVaadin.tearDown();

            LargePlan.indicators(context.getBean(JdbcTemplate.class), 200, 52);
            System.out.printf("Indicators: %s indicators, %s measurements%n",
                    context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM indicator", Integer.class),
                    context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM measurement", Integer.class));
            List<Long> scorecardTimes = new ArrayList<>();
            int scorecardStatements = 0;
            for (int i = 0; i < 25; i++) {
                openSession(context, routes);
                StatementCounter.STATEMENTS.set(0);
                long start = System.nanoTime();
                UI.getCurrent().navigate("indicators");
                MockVaadin.clientRoundtrip(false);
                scorecardTimes.add(System.nanoTime() - start);
                scorecardStatements = StatementCounter.STATEMENTS.get();
                MockVaadin.tearDown();
            }
            report("first render of /indicators (200 x 52)", scorecardTimes, scorecardStatements + " SQL statements");

            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            LargePlan.messages(jdbc, 200, TOUCHPOINTS);
            System.out.printf("Review plan: %s touchpoints, %s initiatives, %s indicators, %s messages, %s history lines%n",
                    jdbc.queryForObject("SELECT count(*) FROM touchpoint", Integer.class),
                    jdbc.queryForObject("SELECT count(*) FROM initiative", Integer.class),
                    jdbc.queryForObject("SELECT count(*) FROM indicator", Integer.class),
                    jdbc.queryForObject("SELECT count(*) FROM message", Integer.class),
                    jdbc.queryForObject("SELECT count(*) FROM change_history", Integer.class));
            org.cxplanner.review.ReviewQueries reviews = context.getBean(org.cxplanner.review.ReviewQueries.class);
            List<Long> agendaTimes = new ArrayList<>();
            int agendaStatements = 0;
            int agendaItems = 0;
            for (int i = 0; i < 25; i++) {
                openSession(context, routes);
                StatementCounter.STATEMENTS.set(0);
                long start = System.nanoTime();
                var page = reviews.page(reviews.currentWeek());
                agendaTimes.add(System.nanoTime() - start);
                agendaStatements = StatementCounter.STATEMENTS.get();
                agendaItems = page.agenda().items().size();
                MockVaadin.tearDown();
            }
            report("weekly review agenda (ReviewQueries.page)", agendaTimes, agendaStatements + " SQL statements, "
                    + agendaItems + " agenda lines");
            List<Long> reviewTimes = new ArrayList<>();
            int reviewStatements = 0;
            for (int i = 0; i < 25; i++) {
                openSession(context, routes);
                StatementCounter.STATEMENTS.set(0);
                long start = System.nanoTime();
                UI.getCurrent().navigate("reviews");
                MockVaadin.clientRoundtrip(false);
                reviewTimes.add(System.nanoTime() - start);
                reviewStatements = StatementCounter.STATEMENTS.get();
                MockVaadin.tearDown();
            }
            report("first render of /reviews", reviewTimes, reviewStatements + " SQL statements");
        }
        System.exit(0);
    }

    /** 25 first renders of the timeline as a fresh session each, with the median and the statements. */
    private static void timeline(ConfigurableApplicationContext context, Routes routes, String what) {
        List<Long> times = new ArrayList<>();
        int statements = 0;
        for (int i = 0; i < 25; i++) {
            openSession(context, routes);
            StatementCounter.STATEMENTS.set(0);
            long start = System.nanoTime();
            UI.getCurrent().navigate("roadmap", com.vaadin.flow.router.QueryParameters.fromString("zoom=year"));
            MockVaadin.clientRoundtrip(false);
            times.add(System.nanoTime() - start);
            statements = StatementCounter.STATEMENTS.get();
            MockVaadin.tearDown();
        }
        report(what, times, statements + " SQL statements");
    }

    private static void openSession(ConfigurableApplicationContext context, Routes routes) {
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername("cx");
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
    }

    private static void report(String what, List<Long> nanos, String extra) {
        long[] ms = nanos.stream().skip(5).mapToLong(n -> n / 1_000_000).sorted().toArray();
        System.out.printf("%s: median %d ms, best %d ms, worst %d ms over %d warm runs (first cold run %d ms) %s%n",
                what, ms[ms.length / 2], ms[0], ms[ms.length - 1], ms.length, nanos.getFirst() / 1_000_000, extra);
    }
}
