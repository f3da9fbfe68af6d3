using System.Net;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>
/// A download whose local side fails is reported as the destination's failure, not the network's: what can be checked
/// is checked before sending, and what fails later is a <see cref="PreRecordedError.DestinationFailure"/> naming it.
/// </summary>
public class DestinationTests
{
    private static readonly byte[] Audio = [.. Enumerable.Range(0, 50_000).Select(i => (byte)i)];

    private static ScriptedHandler AudioServer() => new((request, _) => Wire.Audio(Audio));

    private static string NewFolder() => Directory.CreateTempSubdirectory("prfx-").FullName;

    [Fact]
    public async Task A_write_that_fails_for_a_full_disk_is_a_DestinationFailure_that_is_not_transient()
    {
        var handler = AudioServer();
        using var client = Clients.On(handler);

        var error = LeftOf<long, PreRecordedError.DestinationFailure>(
            await client.PreRecorded().DownloadFileAsync("job-1", new FullDiskStream()));

        Assert.Equal("the destination stream (FullDiskStream)", error.Destination);
        Assert.Equal("No space left on device", error.Reason);
        Assert.False(error.IsTransient);
        Assert.Equal(507, error.Code);
        Assert.Equal(1, handler.Count); // a local failure is not retried
    }

    [Fact]
    public async Task A_flush_that_fails_is_a_DestinationFailure_too()
    {
        using var client = Clients.On(AudioServer());
        using var destination = new FailingFlushStream();

        var error = LeftOf<long, PreRecordedError.DestinationFailure>(await client.PreRecorded().DownloadFileAsync("job-1", destination));

        Assert.Equal("the destination stream (FailingFlushStream)", error.Destination);
        Assert.Equal("Disk quota exceeded", error.Reason);
    }

    [Fact]
    public async Task A_real_full_device_is_a_DestinationFailure_naming_the_file()
    {
        using var client = Clients.On(AudioServer());
        await using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);

        var error = LeftOf<long, PreRecordedError.DestinationFailure>(await client.PreRecorded().DownloadFileAsync("job-1", full));

        Assert.Equal("/dev/full", error.Destination);
        Assert.Contains("No space left on device", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_that_cannot_be_written_is_refused_before_anything_is_sent()
    {
        var handler = AudioServer();
        using var client = Clients.On(handler);
        using var readOnly = new MemoryStream(new byte[10], writable: false);

        var error = LeftOf<long, PreRecordedError.InvalidArgument>(await client.PreRecorded().DownloadFileAsync("job-1", readOnly));

        Assert.Equal("destination", error.Parameter);
        Assert.Equal("the stream cannot be written (it is read-only or closed)", error.Reason);
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task A_path_that_is_an_existing_folder_is_refused_before_anything_is_sent()
    {
        var handler = AudioServer();
        using var client = Clients.On(handler);
        var folder = NewFolder();

        var error = LeftOf<long, PreRecordedError.InvalidArgument>(await client.PreRecorded().DownloadFileToPathAsync("job-1", folder));

        Assert.Equal("path", error.Parameter);
        Assert.Equal($"'{folder}' names a folder, not a file", error.Reason);
        Assert.Equal(0, handler.Count);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task A_path_ending_in_a_separator_is_refused_before_anything_is_sent()
    {
        var handler = AudioServer();
        using var client = Clients.On(handler);
        var folder = NewFolder();
        var path = Path.Combine(folder, "audio") + Path.DirectorySeparatorChar;

        var error = LeftOf<long, PreRecordedError.InvalidArgument>(await client.PreRecorded().DownloadFileToPathAsync("job-1", path));

        Assert.Equal("path", error.Parameter);
        Assert.Equal(0, handler.Count);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task A_file_that_cannot_be_moved_into_place_is_a_DestinationFailure_naming_the_path_and_leaves_nothing()
    {
        var folder = NewFolder();
        var path = Path.Combine(folder, "audio.wav");
        // A folder appears at the path while the body is on its way: the final move is what fails.
        using var client = Clients.On(new ScriptedHandler((request, _) =>
        {
            Directory.CreateDirectory(path);
            return Wire.Audio(Audio);
        }));

        var error = LeftOf<long, PreRecordedError.DestinationFailure>(await client.PreRecorded().DownloadFileToPathAsync("job-1", path));

        Assert.Equal(path, error.Destination);
        Assert.False(error.IsTransient);
        Assert.Equal([path], Directory.GetFileSystemEntries(folder)); // the folder only: no temporary file left
    }

    [Fact]
    public async Task GetFileAsync_refuses_a_file_too_large_for_one_array_from_its_declared_length_without_reading_it()
    {
        var body = new EndlessStream();
        var handler = new ScriptedHandler((request, _) => Wire.Streamed(body, "audio/wav", length: 3L << 30));
        using var client = Clients.On(handler);

        var error = LeftOf<byte[], PreRecordedError.DestinationFailure>(await client.PreRecorded().GetFileAsync("job-1"));

        Assert.Equal("memory", error.Destination);
        Assert.Equal(
            $"the file is {3L << 30} bytes, more than one array holds ({Array.MaxLength}); use DownloadFileAsync or OpenFileAsync",
            error.Reason);
        Assert.Equal(0, body.BytesRead);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task GetFileAsync_reads_a_file_declared_as_long_as_the_largest_array()
    {
        var body = new StallingStream(bytesBeforeStall: 1024);
        var handler = new ScriptedHandler((request, _) => Wire.Streamed(body, "audio/wav", length: Array.MaxLength));
        using var client = Clients.On(handler, o => o.FileTimeout = TimeSpan.FromMilliseconds(300));

        // Not refused for its size: the body is read until it stalls past the budget.
        var timeout = LeftOf<byte[], PreRecordedError.Timeout>(await client.PreRecorded().GetFileAsync("job-1"));

        Assert.Equal("file", timeout.Operation);
        Assert.Equal(1024, body.Position);
    }

    [Fact]
    public async Task GetFileAsync_takes_a_file_of_exactly_its_declared_length()
    {
        using var client = Clients.On(AudioServer());

        Assert.Equal(Audio, RightOf(await client.PreRecorded().GetFileAsync("job-1")));
    }

    [Fact]
    public async Task A_network_failure_while_reading_the_body_stays_a_TransportFailure()
    {
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Streamed(new BrokenStream(), "audio/wav")));
        using var destination = new MemoryStream();

        var error = LeftOf<long, PreRecordedError.TransportFailure>(await client.PreRecorded().DownloadFileAsync("job-1", destination));

        Assert.Contains("connection reset", error.Reason, StringComparison.Ordinal);
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new IOException("connection reset");
    }

    private sealed class FailingFlushStream : MemoryStream
    {
        public override Task FlushAsync(CancellationToken cancellationToken) => throw new IOException("Disk quota exceeded");
    }
}
