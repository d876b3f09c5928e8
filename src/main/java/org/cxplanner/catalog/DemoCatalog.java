package org.cxplanner.catalog;

import org.cxplanner.base.DemoDataSeeder;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The product brief's eight journey stages, eleven functions and a realistic set of touchpoints. */
@Component
class DemoCatalog implements DemoDataSeeder {

    static final List<String> STAGES = List.of("Awareness", "Consideration", "Purchase", "Onboarding", "Adoption",
            "Support", "Renewal", "Advocacy");
    static final List<String> FUNCTIONS = List.of("CMO", "CCO", "Sales", "Customer Success", "Support", "Product",
            "Finance", "Legal", "HR", "IT/Digital", "Operations");

    private record DemoTouchpoint(String stage, String name, Channel channel, String description) {
    }

    private static final List<DemoTouchpoint> TOUCHPOINTS = List.of(
            new DemoTouchpoint("Awareness", "Website", Channel.WEB, "Public marketing site and blog"),
            new DemoTouchpoint("Awareness", "Paid ads", Channel.PAID_MEDIA, "Search and display campaigns"),
            new DemoTouchpoint("Awareness", "Social media", Channel.SOCIAL, "Company profiles and replies to mentions"),
            new DemoTouchpoint("Consideration", "Email newsletter", Channel.EMAIL, "Monthly newsletter to prospects"),
            new DemoTouchpoint("Consideration", "Webinar or event", Channel.EVENT, null),
            new DemoTouchpoint("Consideration", "Pricing page", Channel.WEB, null),
            new DemoTouchpoint("Consideration", "Sales call", Channel.PHONE, "Discovery and demo calls"),
            new DemoTouchpoint("Purchase", "Checkout", Channel.WEB, null),
            new DemoTouchpoint("Purchase", "Order confirmation", Channel.EMAIL, null),
            new DemoTouchpoint("Purchase", "Store", Channel.IN_PERSON, "Flagship store and partner counters"),
            new DemoTouchpoint("Onboarding", "Welcome email", Channel.EMAIL, null),
            new DemoTouchpoint("Onboarding", "Onboarding call", Channel.PHONE, null),
            new DemoTouchpoint("Onboarding", "In-product guidance", Channel.IN_PRODUCT, "Tours, checklists and tooltips"),
            new DemoTouchpoint("Adoption", "Product tips newsletter", Channel.EMAIL, null),
            new DemoTouchpoint("Adoption", "Customer webinar", Channel.EVENT, null),
            new DemoTouchpoint("Support", "Help centre", Channel.WEB, null),
            new DemoTouchpoint("Support", "Call centre", Channel.PHONE, null),
            new DemoTouchpoint("Support", "Live chat", Channel.CHAT, null),
            new DemoTouchpoint("Renewal", "Billing and invoices", Channel.DOCUMENT, null),
            new DemoTouchpoint("Renewal", "Renewal notice", Channel.EMAIL, null),
            new DemoTouchpoint("Renewal", "Account review meeting", Channel.IN_PERSON, null),
            new DemoTouchpoint("Advocacy", "Loyalty programme", Channel.EMAIL, null),
            new DemoTouchpoint("Advocacy", "Customer community", Channel.COMMUNITY, null),
            new DemoTouchpoint("Advocacy", "NPS or review survey", Channel.EMAIL, null),
            new DemoTouchpoint("Advocacy", "Referral programme", Channel.WEB, null));

    private final JourneyStageRepository stages;
    private final TouchpointRepository touchpoints;
    private final BusinessFunctionRepository functions;

    DemoCatalog(JourneyStageRepository stages, TouchpointRepository touchpoints, BusinessFunctionRepository functions) {
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.functions = functions;
    }

    @Override
    public void seed() {
        if (stages.count() > 0 || functions.count() > 0) {
            return;
        }
        Map<String, Long> stageIds = new HashMap<>();
        for (int i = 0; i < STAGES.size(); i++) {
            stageIds.put(STAGES.get(i), stages.save(new JourneyStage(STAGES.get(i), i + 1)).getId());
        }
        for (int i = 0; i < FUNCTIONS.size(); i++) {
            functions.save(new BusinessFunction(FUNCTIONS.get(i), i + 1));
        }
        functions.setDemoLead("CMO", "cmo");
        functions.setDemoLead("CCO", "cco");
        for (int i = 0; i < TOUCHPOINTS.size(); i++) {
            DemoTouchpoint t = TOUCHPOINTS.get(i);
            touchpoints.save(new Touchpoint(t.name(), stageIds.get(t.stage()), t.channel(), t.description(), i + 1));
        }
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
