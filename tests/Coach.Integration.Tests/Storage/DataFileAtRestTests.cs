using Coach.Core.Dialogue;
using Coach.Integration.Tests.Support;
using Coach.Storage;

namespace Coach.Integration.Tests.Storage;

/// <summary>The data file at rest: private to its owner, and a wrong password said in words.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFileAtRestTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public void A_new_data_file_its_log_and_its_folder_are_private_to_the_owner()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "data", "coach.db");

        using (var store = new LiteDbSessionStore(path))
        {
            store.Save(new Session { Id = "tg:1", Answers = { ["coverage.product"] = "bread" } });
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(LiteDbFile.LogFileOf(path)));
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        using var reopened = new LiteDbSessionStore(path);
        Assert.Equal("bread", reopened.Find("tg:1")!.Answer("coverage.product"));
    }

    [Fact]
    public void An_existing_data_file_readable_by_others_is_tightened_when_opened()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "coach.db");
        using (var store = new LiteDbSessionStore(path))
        {
            store.Save(new Session { Id = "tg:2" });
        }

        File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using var again = new LiteDbSessionStore(path);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
        Assert.NotNull(again.Find("tg:2"));
    }

    [Theory]
    [InlineData("not-the-password", "check Storage:Password")]
    [InlineData(null, "set Storage:Password")]
    public void A_wrong_or_missing_password_is_said_in_one_sentence_naming_the_setting(string? password, string advice)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "coach.db");
        using (var store = new LiteDbSessionStore(path, "right-password"))
        {
            store.Save(new Session { Id = "tg:3" });
        }

        var error = Assert.Throws<InvalidOperationException>(() => new LiteDbFile(path, password));

        Assert.Contains(advice, error.Message);
        Assert.Contains(path, error.Message);
        Assert.DoesNotContain("right-password", error.Message);
    }
}
