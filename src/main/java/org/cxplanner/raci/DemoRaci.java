package org.cxplanner.raci;

import org.cxplanner.base.DemoDataSeeder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic, mostly healthy demo matrix with three gaps so the health checks show something at once:
 * Social media has no A, Sales call has two, Order confirmation has no R.
 */
@Component
class DemoRaci implements DemoDataSeeder {

    /** Column order of the letter strings below; '.' is an empty cell. */
    private static final List<String> FUNCTIONS = List.of("CMO", "CCO", "Sales", "Customer Success", "Support",
            "Product", "Finance", "Legal", "HR", "IT/Digital", "Operations");

    private static final Map<String, String> MATRIX = Map.ofEntries(
            Map.entry("Website", "AC.....C.R."),
            Map.entry("Paid ads", "A.....IC.R."),
            Map.entry("Social media", "RC..C....I."),
            Map.entry("Email newsletter", "AC.C.....R."),
            Map.entry("Webinar or event", "A.R..C....R"),
            Map.entry("Pricing page", "R.C..CAC.R."),
            Map.entry("Sales call", "A.AR.I....."),
            Map.entry("Checkout", ".C....AC.RR"),
            Map.entry("Order confirmation", "IA.......CC"),
            Map.entry("Store", "CAR.......R"),
            Map.entry("Welcome email", "CA.R.C...I."),
            Map.entry("Onboarding call", ".AIR.C....."),
            Map.entry("In-product guidance", ".C.C.A...R."),
            Map.entry("Product tips newsletter", "RA.C.C....."),
            Map.entry("Customer webinar", "CA.R.R....."),
            Map.entry("Help centre", ".A..RC...R."),
            Map.entry("Call centre", ".A..R...C.C"),
            Map.entry("Live chat", ".A..R....C."),
            Map.entry("Billing and invoices", ".C..I.AC..R"),
            Map.entry("Renewal notice", "CA.R..CI..."),
            Map.entry("Account review meeting", ".ACR.I....."),
            Map.entry("Loyalty programme", "AR....C..R."),
            Map.entry("Customer community", "CA.R.C....."),
            Map.entry("NPS or review survey", "IA.RII....."),
            Map.entry("Referral programme", "ACR...I...."));

    private final JdbcTemplate jdbc;

    DemoRaci(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void seed() {
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM raci_assignment", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        Map<String, Long> touchpoints = ids("touchpoint");
        Map<String, Long> functions = ids("business_function");
        List<Object[]> rows = new java.util.ArrayList<>();
        MATRIX.forEach((touchpoint, letters) -> {
            for (int i = 0; i < letters.length(); i++) {
                char letter = letters.charAt(i);
                if (letter != '.' && touchpoints.containsKey(touchpoint)) {
                    rows.add(new Object[]{touchpoints.get(touchpoint), functions.get(FUNCTIONS.get(i)), String.valueOf(letter)});
                }
            }
        });
        jdbc.batchUpdate("INSERT INTO raci_assignment (touchpoint_id, function_id, letter, updated_by) VALUES (?, ?, ?, 'demo')", rows);
    }

    @Override
    public int getOrder() {
        return 20;
    }

    private Map<String, Long> ids(String table) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT name, id FROM " + table, rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }
}
