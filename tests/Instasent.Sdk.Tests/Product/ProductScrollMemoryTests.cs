using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Product;

public sealed class ProductScrollMemoryTests
{
    [Test]
    public async Task Scrolling_100000_contacts_keeps_memory_flat()
    {
        const int Total = 100_000;
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { RecordRequests = false });
        for (var i = 0; i < Total; i++)
        {
            server.Audience.AddContact(FakeAudienceState.DefaultProjectId, "u" + i, "{\"plan\":\"free\"}");
        }

        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();

        var count = 0;
        long retainedAtStart = 0;
        long retainedAtEnd = 0;
        long allocatedAtStart = 0;
        await foreach (var contact in client.Product.Audience.ListContactsAsync())
        {
            count++;
            if (count == 5_000)
            {
                retainedAtStart = GC.GetTotalMemory(forceFullCollection: true);
                allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
            }
            else if (count == Total)
            {
                retainedAtEnd = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        var allocatedPerContact = (GC.GetTotalAllocatedBytes(precise: true) - allocatedAtStart) / (double)(Total - 5_000);
        TestContext.Out.WriteLine($"retained growth {(retainedAtEnd - retainedAtStart) / 1024} KiB, allocated {allocatedPerContact:0} B/contact (client and fake server together)");
        Assert.That(count, Is.EqualTo(Total));
        // Keeping 95,000 contacts would retain tens of MiB; a flat scroll retains about one page.
        Assert.That(retainedAtEnd - retainedAtStart, Is.LessThan(8 * 1024 * 1024));
        // Bytes allocated per contact stay bounded (no growing buffers or re-read pages), server side included.
        Assert.That(allocatedPerContact, Is.LessThan(8 * 1024));
    }
}
