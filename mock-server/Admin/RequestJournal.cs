using Microsoft.Extensions.Options;

namespace PreRecordedFx.MockServer.Admin;

/// <summary>The last <see cref="MockServerOptions.JournalSize"/> requests, oldest first: a ring that drops the oldest.</summary>
internal sealed class RequestJournal(IOptions<MockServerOptions> options)
{
    private readonly int capacity = options.Value.JournalSize;
    private readonly Queue<JournalEntry> entries = new();
    private readonly Lock entriesLock = new();

    public bool Enabled => capacity > 0;

    public void Add(JournalEntry entry)
    {
        lock (entriesLock)
        {
            if (entries.Count == capacity)
            {
                entries.Dequeue();
            }

            entries.Enqueue(entry);
        }
    }

    public IReadOnlyList<JournalEntry> Entries()
    {
        lock (entriesLock)
        {
            return [.. entries];
        }
    }

    public void Clear()
    {
        lock (entriesLock)
        {
            entries.Clear();
        }
    }
}
