package org.cxplanner.users;

import org.cxplanner.base.PlanCount;
import org.cxplanner.base.PlanCounter;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class UserCounts implements PlanCounter {

    private final UserService userService;

    UserCounts(UserService userService) {
        this.userService = userService;
    }

    @Override
    public List<PlanCount> counts() {
        return List.of(new PlanCount(90, "people can sign in", userService.countEnabledUsers(), null));
    }
}
