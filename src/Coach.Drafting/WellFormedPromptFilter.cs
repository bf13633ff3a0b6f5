using System.Xml;
using System.Xml.Linq;
using Microsoft.SemanticKernel;

namespace Coach.Drafting;

/// <summary>
/// Fails closed when a rendered prompt is not the chat messages it should be. Semantic Kernel
/// reads &lt;message&gt; tags out of the rendered text, and when that text is not well-formed XML it
/// silently sends everything as one user message, system part included: a prompt like that is
/// never sent (the user gets the template).
/// </summary>
public sealed class WellFormedPromptFilter : IPromptRenderFilter
{
    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        await next(context);
        var rendered = context.RenderedPrompt ?? "";
        string? firstRole;
        try
        {
            firstRole = XDocument.Parse("<prompt>" + rendered + "</prompt>").Root!.Elements("message").FirstOrDefault()?.Attribute("role")?.Value;
        }
        catch (XmlException error)
        {
            throw new KernelException("The rendered prompt is not well-formed; it was not sent.", error);
        }

        if (firstRole != "system")
        {
            throw new KernelException("The rendered prompt does not start with its system message; it was not sent.");
        }
    }
}
