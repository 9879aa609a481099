package org.switchboard.core.cad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;

class CadVariableTest {

    private static final String CARD = "4111111111111111";

    private static CadVariable variable(CadType type, boolean editable, boolean secure, String value) {
        return new CadVariable(new CadDefinition("v", "Var", type, editable, secure), value);
    }

    @ParameterizedTest(name = "{0} accepts \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT      | anything at all           | true
            NUMBER    | 42                        | true
            NUMBER    | -3.5                      | true
            NUMBER    | 4x                        | false
            BOOLEAN   | true                      | true
            BOOLEAN   | false                     | true
            BOOLEAN   | yes                       | false
            DATE_TIME | 2025-03-01T14:30:00Z      | true
            DATE_TIME | 2025-03-01T14:30:00+01:00 | true
            DATE_TIME | 2025-03-01T14:30          | true
            DATE_TIME | 01/03/2025 14:30          | false
            """)
    void variablesAreTyped(CadType type, String value, boolean accepted) {
        CadEdit edit = variable(type, true, false, "").edit("agent-1");
        if (accepted) {
            edit.set(value);
            assertEquals(value, edit.draft().reveal());
        } else {
            ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> edit.set(value));
            assertEquals(Rule.CAD_TYPE_MISMATCH, e.rule());
            assertEquals("", edit.draft().reveal(), "a refused value leaves the draft as it was");
        }
    }

    @Test
    void valueHoldsAtMost256Characters() {
        CadEdit edit = variable(CadType.TEXT, true, false, "").edit("agent-1");
        edit.set("x".repeat(256));
        assertEquals(Rule.CAD_VALUE_TOO_LONG,
                assertThrows(ActionRefusedException.class, () -> edit.set("x".repeat(257))).rule());
        assertEquals(256, edit.draft().reveal().length());
    }

    @Test
    void readOnlyVariablesCannotBeEdited() {
        CadVariable v = variable(CadType.TEXT, false, false, "case-1");
        assertEquals(Rule.CAD_READ_ONLY, assertThrows(ActionRefusedException.class, () -> v.edit("agent-1")).rule());
    }

    @Test
    void secureValueIsMaskedInEveryDisplayAndNeverInToStringOrExceptions() {
        CadVariable v = variable(CadType.TEXT, true, true, CARD);
        assertEquals(CadValue.MASK, v.value().display());
        assertEquals(CadValue.MASK, v.value().masked());
        assertEquals(CARD, v.value().reveal());
        CadEdit edit = v.edit("agent-1");
        CadSet set = new CadSet(List.of(v));
        for (String s : List.of(v.toString(), v.value().toString(), edit.toString(), set.toString(),
                set.displayLines().toString())) {
            assertFalse(s.contains(CARD), s);
            assertFalse(s.contains("1111"), s);
        }
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> edit.set(CARD + "x".repeat(250)));
        assertFalse(e.getMessage().contains(CARD), e.getMessage());

        CadEdit other = v.edit("agent-2");
        edit.set("5500000000000004");
        edit.save();
        SaveResult.Conflict conflict = assertInstanceOf(SaveResult.Conflict.class, other.save());
        assertFalse(conflict.toString().contains("5500000000000004"), conflict.toString());
        assertFalse(conflict.message().contains("5500000000000004"), conflict.message());
    }

    @Test
    void concurrentEditsFirstSaveWinsAndTheOtherEditorIsToldWithTheSavedValue() {
        CadVariable v = variable(CadType.TEXT, true, false, "old");
        CadEdit a = v.edit("agent-a");
        CadEdit b = v.edit("agent-b");
        a.set("from A");
        b.set("from B");
        assertEquals(new SaveResult.Saved(1), a.save());
        SaveResult.Conflict c = assertInstanceOf(SaveResult.Conflict.class, b.save());
        assertEquals("from A", c.saved().reveal());
        assertEquals("agent-a", c.savedBy());
        assertTrue(c.message().contains("from A"), c.message());
        assertEquals("from A", v.value().reveal());
        assertEquals("from A", b.draft().reveal(), "B's value is overwritten by the saved one");
        b.set("from B again");
        assertEquals(new SaveResult.Saved(2), b.save());
        assertEquals("agent-b", v.savedBy().orElseThrow());
    }

    @Test
    void anEditFromAnOlderShownVersionLosesToTheSaveThatCameAfterIt() {
        CadVariable v = variable(CadType.TEXT, true, false, "old");
        CadEdit first = v.edit("agent-a", 0);
        first.set("from A");
        assertFalse(first.isStale());
        assertEquals(new SaveResult.Saved(1), first.save());

        CadEdit late = v.edit("agent-b", 0);
        late.set("from B");
        assertTrue(late.isStale(), "agent B was shown version 0, and version 1 was saved since");
        SaveResult.Conflict c = assertInstanceOf(SaveResult.Conflict.class, late.save());
        assertEquals("from A", c.saved().reveal());
        assertEquals(1, v.version(), "the losing save changed nothing");

        CadEdit current = v.edit("agent-b", 1);
        current.set("from B");
        assertEquals(new SaveResult.Saved(2), current.save());
        assertEquals(Rule.CAD_UNKNOWN_VERSION, assertThrows(ActionRefusedException.class, () -> v.edit("b", 3)).rule());
        assertEquals(Rule.CAD_UNKNOWN_VERSION, assertThrows(ActionRefusedException.class, () -> v.edit("b", -1)).rule());
        assertEquals(Rule.CAD_READ_ONLY, assertThrows(ActionRefusedException.class,
                () -> variable(CadType.TEXT, false, false, "x").edit("b", 0)).rule());
    }

    @Test
    void revertRestoresTheLastSavedValue() {
        CadVariable v = variable(CadType.NUMBER, true, false, "7");
        CadEdit e = v.edit("agent-1");
        e.set("8");
        e.revert();
        assertEquals("7", e.draft().reveal());
        e.set("9");
        e.save();
        e.set("10");
        e.revert();
        assertEquals("9", e.draft().reveal());
    }

    @Test
    void unknownVariableIsRefused() {
        CadSet set = new CadSet(List.of(variable(CadType.TEXT, true, false, "")));
        assertEquals(Rule.CAD_UNKNOWN_VARIABLE,
                assertThrows(ActionRefusedException.class, () -> set.get("nope")).rule());
        assertEquals(Rule.CAD_TYPE_MISMATCH,
                assertThrows(ActionRefusedException.class, () -> variable(CadType.NUMBER, true, false, "x")).rule());
    }
}
