using System.Text;
using Coach.Core.Texts;

namespace Coach.Core.Dialogue;

/// <summary>
/// The start-time check of a catalogue: what the compiler cannot see in the declarations (keys built from
/// flow and step ids, states, button data, commands named by string) is checked once, when the host builds it.
/// </summary>
public sealed partial class FlowCatalog
{
    /// <summary>Throws, naming every problem of <see cref="Problems"/> at once, unless there is none; returns this catalogue.</summary>
    public FlowCatalog Validate(TextCatalog texts)
    {
        var problems = Problems(texts);
        return problems.Count == 0
            ? this
            : throw new InvalidOperationException($"The flow catalogue has {problems.Count} problem(s):\n" + string.Join("\n", problems.Select(problem => "  - " + problem)));
    }

    /// <summary>
    /// Every fault of the declarations: a flow's or step's text key (title, header, question, short form, why,
    /// example, option labels, taken line) or a menu entry's label missing in a language; a flow id or a state
    /// declared twice; answer or open-flow button data over Telegram's 64 bytes; a command declared twice;
    /// a menu entry or a flow's hub naming a command that no feature declares.
    /// </summary>
    public IReadOnlyList<string> Problems(TextCatalog texts)
    {
        var problems = new List<string>();
        void Key(string key, string owner)
        {
            foreach (var language in texts.Languages.Where(language => !texts.Has(language, key)))
            {
                problems.Add($"{owner}: text key '{key}' is missing from {language}.json");
            }
        }

        void Data(string data, string owner)
        {
            var bytes = Encoding.UTF8.GetByteCount(data);
            if (bytes > ButtonData.MaxBytes)
            {
                problems.Add($"{owner}: button data '{data}' is {bytes} bytes, over Telegram's {ButtonData.MaxBytes}");
            }
        }

        void Command(string command, string owner)
        {
            if (!Commands.ContainsKey(command))
            {
                problems.Add($"{owner}: command '{command}' is declared by no feature");
            }
        }

        problems.AddRange(Flows.GroupBy(flow => flow.Id).Where(group => group.Count() > 1).Select(group => $"flow id '{group.Key}' is declared {group.Count()} times"));
        problems.AddRange(Flows.SelectMany(flow => flow.Steps).GroupBy(step => step.State).Where(group => group.Count() > 1)
            .Select(group => $"state '{group.Key}' is declared by {group.Count()} steps"));
        problems.AddRange(_declaredCommands.GroupBy(command => command.Name).Where(group => group.Count() > 1).Select(group => $"command '{group.Key}' is declared {group.Count()} times"));
        foreach (var flow in Flows)
        {
            var owner = $"flow '{flow.Id}'";
            Key(flow.TitleKey, owner);
            Key(flow.HeaderKey, owner);
            Data(ButtonData.Open(flow.Id), owner);
            if (flow.MenuCommand is { } hub)
            {
                Command(hub, owner);
            }

            foreach (var step in flow.Steps)
            {
                StepProblems(step, Key, Data);
            }
        }

        foreach (var entry in MenuEntries)
        {
            Key(entry.LabelKey, $"menu entry '{entry.LabelKey}'");
            Command(entry.Command, $"menu entry '{entry.LabelKey}'");
        }

        return problems;
    }

    private static void StepProblems(StepDefinition step, Action<string, string> key, Action<string, string> data)
    {
        var owner = $"step '{step.State}'";
        key(step.QuestionKey, owner);
        key(step.ShortKey, owner);
        if (!step.Optional)
        {
            key(step.WhyKey, owner);
        }

        if (step.TakenKey is { } taken)
        {
            key(taken, owner);
        }

        var values = step.Answer switch
        {
            ChoiceAnswer choice => choice.Values,
            MultiChoiceAnswer several => several.Values,
            _ => null,
        };
        foreach (var value in values ?? [])
        {
            key(ChoiceAnswer.LabelKey(step, value), owner);
        }

        if (values is null)
        {
            key(step.ExampleKey, owner);
        }

        // The longest data a button of this step can carry: each value, "keep my answer", "done", with the longest token.
        var token = step.Nonce is null ? null : new string('9', ButtonData.MaxTokenLength);
        string[] marks = step.Answer is MultiChoiceAnswer ? [ButtonData.Keep, MultiChoiceAnswer.Done] : [ButtonData.Keep];
        foreach (var value in (values ?? []).Concat(marks))
        {
            data(ButtonData.Answer(step.State, value, token), owner);
        }
    }
}
