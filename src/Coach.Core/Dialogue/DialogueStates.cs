namespace Coach.Core.Dialogue;

/// <summary>State and trigger names of the dialogue machine that are not declared by a flow.</summary>
public static class DialogueStates
{
    /// <summary>Outside any flow: the main menu.</summary>
    public const string Menu = "menu";

    /// <summary>The state of a flow step: "flowId.stepKey".</summary>
    public static string Of(string flowId, string stepKey) => $"{flowId}.{stepKey}";

    /// <summary>The flow and the step of a state; the menu is ("menu", "-").</summary>
    public static (string Flow, string Step) Split(string state)
    {
        var dot = state.IndexOf('.');
        return dot < 0 ? (state, "-") : (state[..dot], state[(dot + 1)..]);
    }
}

/// <summary>Triggers of the dialogue machine.</summary>
public static class DialogueTriggers
{
    public const string Next = "next";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string Leave = "leave";
    public const string Resume = "resume";

    public static string Open(string flowId) => "open:" + flowId;
}
