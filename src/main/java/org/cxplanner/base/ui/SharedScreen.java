package org.cxplanner.base.ui;

/**
 * A view that shows shared plan data: the shell shows who else has it open. Views of one item name it
 * ({@code "roadmap/12"}) so people on different items are not counted together.
 */
public interface SharedScreen {

    String presenceScreen();
}
