using Coach.Drafting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace Coach.Drafting.Tests;

/// <summary>A Moq <see cref="IChatCompletionService"/> that keeps every chat history the kernel sends and answers as told.</summary>
public sealed class CapturingChatService
{
    public CapturingChatService(Func<ChatHistory, string>? answer = null)
    {
        Mock.Setup(s => s.Attributes).Returns(new Dictionary<string, object?>());
        Mock.Setup(s => s.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ChatHistory history, PromptExecutionSettings? _, Kernel? _, CancellationToken _) =>
            {
                Histories.Add(history);
                return [new ChatMessageContent(AuthorRole.Assistant, (answer ?? (_ => "Warm rye at dawn. Order by 8 pm"))(history))];
            });
    }

    public Mock<IChatCompletionService> Mock { get; } = new();

    public List<ChatHistory> Histories { get; } = new();

    public static PromptLibrary Prompts { get; } = PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));

    public SemanticKernelDraftModel Model(int maxTokens = 300, TimeProvider? time = null)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(Mock.Object);
        return new SemanticKernelDraftModel(builder.Build(), Prompts, TimeSpan.FromSeconds(5), maxTokens, time: time);
    }

    public string System(int call = 0) => string.Join("\n", Histories[call].Where(m => m.Role == AuthorRole.System).Select(m => m.Content));

    public string User(int call = 0) => string.Join("\n", Histories[call].Where(m => m.Role == AuthorRole.User).Select(m => m.Content));
}
