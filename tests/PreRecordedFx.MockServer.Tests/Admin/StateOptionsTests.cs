using Microsoft.Extensions.Configuration;
using PreRecordedFx.MockServer.Hosting;

namespace PreRecordedFx.MockServer.Tests.Admin;

/// <summary>The options of the admin API, the journal, the lifecycle and uploads.</summary>
public sealed class StateOptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new MockServerOptions();
        Assert.Null(options.AdminKey);
        Assert.Equal(1000, options.JournalSize);
        Assert.False(options.Lifecycle);
        Assert.Equal(2, options.QueuedSeconds);
        Assert.Equal(3, options.ProcessingSeconds);
        Assert.Equal(100L * 1024 * 1024, options.MaxUploadBytes);
    }

    [Fact]
    public void The_switches_bind_and_lifecycle_stands_alone_as_a_flag()
    {
        string[] args = ["--lifecycle", "--queued-seconds", "0.5", "--processing-seconds", "1.25", "--admin-key", "a", "--journal-size", "5", "--max-upload-bytes", "10"];
        var commandLine = new MockCommandLine().Parse(args);
        Assert.Empty(commandLine.Problems);
        var options = new ConfigurationBuilder()
            .AddInMemoryCollection(commandLine.Settings)
            .Build()
            .GetSection(MockServerOptions.SectionName)
            .Get<MockServerOptions>()!;

        Assert.True(options.Lifecycle);
        Assert.Equal(0.5, options.QueuedSeconds);
        Assert.Equal(1.25, options.ProcessingSeconds);
        Assert.Equal("a", options.AdminKey);
        Assert.Equal(5, options.JournalSize);
        Assert.Equal(10, options.MaxUploadBytes);
    }

    [Fact]
    public void Out_of_range_values_are_each_reported()
    {
        var options = new MockServerOptions { AdminKey = "", JournalSize = -1, QueuedSeconds = -1, ProcessingSeconds = 86_401, MaxUploadBytes = 0 };
        Assert.Equal(
            [
                "AdminKey must not be empty (leave it unset for an open admin API)",
                "JournalSize must be between 0 and 1000000",
                "QueuedSeconds must be between 0 and 86400",
                "ProcessingSeconds must be between 0 and 86400",
                "MaxUploadBytes must be between 1 and 1073741824",
            ],
            options.Problems());
    }

    [Fact]
    public async Task The_factory_keeps_a_copy_of_every_new_option()
    {
        var given = new MockServerOptions { AdminKey = "k", JournalSize = 7, Lifecycle = true, QueuedSeconds = 1, ProcessingSeconds = 4, MaxUploadBytes = 99 };
        await using var mock = new MockServerFactory(given);
        var copy = mock.Options;
        Assert.Equal(
            (given.AdminKey, given.JournalSize, given.Lifecycle, given.QueuedSeconds, given.ProcessingSeconds, given.MaxUploadBytes),
            (copy.AdminKey, copy.JournalSize, copy.Lifecycle, copy.QueuedSeconds, copy.ProcessingSeconds, copy.MaxUploadBytes));
    }

    [Fact]
    public async Task A_journal_size_of_zero_keeps_nothing()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 3, JournalSize = 0 });
        using var client = mock.CreateAuthorizedClient();
        using (await client.GetAsync(Wire.Jobs))
        {
        }

        Assert.Empty(mock.Requests);
    }
}
