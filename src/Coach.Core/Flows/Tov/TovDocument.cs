using Coach.Core.Dialogue;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Tov;

/// <summary>The tone of voice and the saved drafts as a section of the strategy document (/export).</summary>
public static class TovDocument
{
    public static void Add(Session session, Texts.Texts t, List<DocumentBlock> blocks, List<string> next)
    {
        blocks.Add(new DocumentHeading(1, TextCatalog.Plain(t["export.tov.title"])));
        if (session.Tone is null && session.SavedDrafts.Count == 0)
        {
            blocks.Add(new DocumentParagraph(TextCatalog.Plain(t["export.not_done"])));
            next.Add(TextCatalog.Plain(t["export.next.tov"]));
            return;
        }

        if (session.Tone is { } tone)
        {
            blocks.Add(new DocumentBullets(TovCards.ProfileLines(t, tone).Select(line => TextCatalog.Plain(line).TrimStart('•', ' ')).ToList()));
        }
        else
        {
            next.Add(TextCatalog.Plain(t["export.next.tov"]));
        }

        if (session.SavedDrafts.Count > 0)
        {
            blocks.Add(new DocumentHeading(2, TextCatalog.Plain(t["export.tov.drafts"])));
            foreach (var draft in session.SavedDrafts)
            {
                var channel = TextCatalog.Plain(t["tov.channel.opt." + draft.Channel.ToString().ToLowerInvariant()]);
                blocks.Add(new DocumentHeading(3, TextCatalog.Plain(t.Format("tov.saved.item", ("channel", channel), ("topic", draft.Topic)))));
                blocks.Add(new DocumentParagraph(draft.Text));
            }
        }
    }
}
