/**
 * The RACI matrix: who is Responsible, Accountable, Consulted and Informed for every touchpoint, its health, import
 * and exports. Others use {@code RaciService} (rows, {@code owners} for the promise check), {@code TouchpointOwners},
 * {@code RaciChanged} (its event kind and history item kind) and offer {@code TouchpointLinks}.
 */
package org.cxplanner.raci;
