using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Instasent.Sdk.Testing;

/// <summary>
/// The Hellio Messaging v1 API under <c>/hellio/v1</c>: <c>{"data", "meta.next_cursor"}</c> answers, Laravel-style
/// errors <c>{"message", "error": "code"}</c>, money as 4-decimal strings, and <c>Idempotency-Key</c> on the three sends
/// (same key: the stored answer again with <c>Idempotent-Replayed: true</c>; same key while the first is still
/// processing: 409 <c>idempotency_conflict</c>). Undocumented shapes use what the SDK documents it reads.
/// </summary>
internal sealed class FakeHellioApi : IFakeApiModule
{
    public const string Prefix = "/hellio/v1";
    private const string Currency = "GHS";
    private readonly InstasentFakeServer server;

    public FakeHellioApi(InstasentFakeServer server) => this.server = server;

    private FakeHellioState State => server.Hellio;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Prefix + "/auth/token", c => Run(c, IssueToken, authorize: false));
        routes.MapPost(Prefix + "/sms/send", c => Idempotent(c, SendSms));
        routes.MapPost(Prefix + "/otp/send", c => Idempotent(c, SendOtp));
        routes.MapPost(Prefix + "/otp/verify", c => Run(c, VerifyOtp));
        routes.MapPost(Prefix + "/voice/send", c => Idempotent(c, SendVoice));
        routes.MapGet(Prefix + "/voice/{id}", c => Run(c, GetVoice));
        routes.MapPost(Prefix + "/lookup", c => Run(c, CreateLookup));
        routes.MapGet(Prefix + "/lookups", c => Run(c, (ctx, _) => Page(ctx, State.Lookups.Values.OrderByDescending(Id).Select(Clone))));
        routes.MapGet(Prefix + "/lookup/{id}", c => Run(c, (ctx, _) => Find(State.Lookups, ctx)));
        routes.MapPost(Prefix + "/email/verify", c => Run(c, VerifyEmails));
        routes.MapGet(Prefix + "/balance", c => Run(c, (_, _) => Data(200, new JsonObject
        {
            ["balance"] = Money(State.Balance),
            ["available"] = Money(State.Balance),
            ["reserved"] = Money(0m),
            ["currency"] = Currency,
        })));
        routes.MapGet(Prefix + "/pricing", c => Run(c, Pricing));
        routes.MapGet(Prefix + "/messages", c => Run(c, ListMessages));
        routes.MapGet(Prefix + "/messages/{id}", c => Run(c, GetMessage));
        routes.MapGet(Prefix + "/campaigns", c => Run(c, ListCampaigns));
        routes.MapGet(Prefix + "/campaigns/{id}", c => Run(c, GetCampaign));
        routes.MapGet(Prefix + "/webhooks", c => Run(c, (_, _) => Data(200, new JsonArray(State.Webhooks.Values.OrderBy(Id).Select(w => { var copy = Clone(w); copy.Remove("secret"); return (JsonNode)copy; }).ToArray()))));
        routes.MapPost(Prefix + "/webhooks", c => Run(c, CreateWebhook));
        routes.MapDelete(Prefix + "/webhooks/{id}", c => Run(c, (ctx, _) => Delete(State.Webhooks, ctx)));
        routes.MapGet(Prefix + "/ussd/pricing", c => Run(c, UssdPricing));
        routes.MapGet(Prefix + "/ussd/pricing/availability", c => Run(c, UssdAvailability));
        routes.MapGet(Prefix + "/ussd/apps", c => Run(c, (ctx, _) => Page(ctx, State.UssdApps.Values.OrderByDescending(o => (string?)o["created_at"], StringComparer.Ordinal).Select(Public))));
        routes.MapPost(Prefix + "/ussd/apps", c => Run(c, CreateApp));
        routes.MapPut(Prefix + "/ussd/apps/{id}", c => Run(c, UpdateApp));
        routes.MapDelete(Prefix + "/ussd/apps/{id}", c => Run(c, (ctx, _) => Delete(State.UssdApps, ctx)));
        routes.MapPost(Prefix + "/ussd/apps/{id}/mode", c => Run(c, SetMode));
        routes.MapPost(Prefix + "/ussd/apps/{id}/rotate-secret", c => Run(c, RotateSecret));
        routes.MapGet(Prefix + "/ussd/extensions", c => Run(c, (ctx, _) => Page(ctx, State.UssdExtensions.Values.Select(Clone))));
        routes.MapPost(Prefix + "/ussd/extensions", c => Run(c, RentExtension));
        routes.MapDelete(Prefix + "/ussd/extensions/{id}", c => Run(c, (ctx, _) => Delete(State.UssdExtensions, ctx)));
        routes.MapGet(Prefix + "/ussd/sessions", c => Run(c, (ctx, _) =>
        {
            var status = ctx.Request.Query["status"].ToString();
            return Page(ctx, State.UssdSessions.Values.Where(s => status.Length == 0 || (string?)s["status"] == status).Select(Clone));
        }));
        routes.MapGet(Prefix + "/ussd/sessions/{id}", c => Run(c, (ctx, _) => Find(State.UssdSessions, ctx)));
        routes.MapPost(Prefix + "/ussd/simulate", c => Run(c, Simulate));
    }

    private async Task Run(HttpContext context, Func<HttpContext, JsonObject?, Reply> handler, bool authorize = true)
    {
        if (authorize && !await server.AuthorizeAsync(context, "{\"message\":\"Unauthenticated.\"}"))
        {
            return;
        }

        var reply = handler(context, await ParseAsync(context));
        await Write(context, reply, replayed: false);
    }

    private async Task Idempotent(HttpContext context, Func<HttpContext, JsonObject?, string?, Reply> handler)
    {
        if (!await server.AuthorizeAsync(context, "{\"message\":\"Unauthenticated.\"}"))
        {
            return;
        }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        key = key.Length == 0 ? null : key;
        if (key is not null)
        {
            var pending = new FakeHellioState.IdempotencyEntry(0, null);
            var entry = State.Idempotency.GetOrAdd(key, pending);
            if (!ReferenceEquals(entry, pending))
            {
                if (entry.Status == 0)
                {
                    await Write(context, Error(409, "idempotency_conflict", "A request with this Idempotency-Key is still being processed."), replayed: false);
                    return;
                }

                State.ReplayCount++;
                await Write(context, new Reply(entry.Status, entry.Body), replayed: true);
                return;
            }
        }

        Reply reply;
        await State.EnterAsync(context.RequestAborted);
        try
        {
            reply = handler(context, await ParseAsync(context), key);
            if (key is not null && server.Options.Variance.KeyedSendProcessingTime is { } processing && processing > TimeSpan.Zero)
            {
                // The send is stored; the key stays in flight (409 for duplicates) until processing ends, even when the
                // client gave up meanwhile, as a real server finishes work its caller no longer waits for.
                server.Options.Variance.Events.Count(FakeVarianceEvents.KeyedSendHeldInFlight);
                await server.HoldAsync(processing, context.RequestAborted);
            }
        }
        finally
        {
            State.Leave();
        }

        if (key is not null)
        {
            // Only a success is kept for replay; after an error the same key may try again.
            if (reply.Status is >= 200 and < 300)
            {
                State.StoreReplay(key, new FakeHellioState.IdempotencyEntry(reply.Status, reply.Json));
            }
            else
            {
                State.Idempotency.TryRemove(key, out _);
            }
        }

        if (!context.RequestAborted.IsCancellationRequested)
        {
            await Write(context, reply, replayed: false);
        }
    }

    private Reply IssueToken(HttpContext context, JsonObject? body)
    {
        var email = FakeRequests.Text(body, "email");
        var password = FakeRequests.Text(body, "password");
        if (email is null || password is null || !State.TryGetUser(email, out var user) || user.Password != password)
        {
            return Error(401, "invalid_credentials", "These credentials do not match our records.");
        }

        if (user.TwoFactorCode is { } expected)
        {
            var code = FakeRequests.Text(body, "two_factor_code");
            if (code is null)
            {
                return Error(422, "two_factor_required", "Two-factor authentication code required.");
            }

            if (code != expected)
            {
                return new Reply(422, new JsonObject
                {
                    ["message"] = "The two factor code is invalid.",
                    ["errors"] = new JsonObject { ["two_factor_code"] = new JsonArray("The two factor code is invalid.") },
                }.ToJsonString());
            }
        }

        var token = State.NextId().ToString(CultureInfo.InvariantCulture) + "|" + Guid.NewGuid().ToString("N");
        if (server.Options.ValidTokens.Count > 0)
        {
            lock (server.Options.ValidTokens)
            {
                server.Options.ValidTokens.Add(token);
            }
        }

        return Data(201, new JsonObject
        {
            ["token"] = token,
            ["abilities"] = new JsonArray("*"),
            ["user"] = new JsonObject { ["name"] = user.Name, ["email"] = email },
        });
    }

    private Reply SendSms(HttpContext context, JsonObject? body, string? key)
    {
        var sender = FakeRequests.Text(body, "sender");
        var message = FakeRequests.Text(body, "message");
        var recipients = Numbers(body, "recipients");
        if (sender is not { Length: > 0 and <= 11 } || message is not { Length: > 0 and <= 1600 } || recipients is null)
        {
            return Validation("The given data was invalid.", ("recipients", recipients is null), ("sender", sender is not { Length: > 0 and <= 11 }), ("message", message is not { Length: > 0 and <= 1600 }));
        }

        if (State.ApprovedSenders.Count > 0 && !State.ApprovedSenders.Contains(sender))
        {
            return Error(422, "sender_not_approved", "The sender ID is not approved.");
        }

        var valid = recipients.Where(IsPhone).ToList();
        if (valid.Count == 0)
        {
            return Error(422, "no_valid_recipients", "None of the recipients is a valid number.");
        }

        var segments = message.Length <= 160 ? 1 : (message.Length + 152) / 153;
        var cost = State.PricePerSegment * segments * valid.Count;
        if (!State.TryCharge(cost))
        {
            return Error(402, "insufficient_balance", "Insufficient wallet balance.");
        }

        var campaign = new FakeHellioCampaign(State.NextId(), Guid.NewGuid().ToString(), sender, message, valid, key, State.Now);
        State.AddCampaign(campaign);
        foreach (var to in valid)
        {
            State.AddMessage(new FakeHellioMessage(State.NextId(), Guid.NewGuid().ToString(), campaign.Id, to, sender, message, "delivered", State.Now));
        }

        return Data(202, new JsonObject
        {
            ["reference"] = campaign.Reference,
            ["campaign_id"] = campaign.Id,
            ["status"] = "queued",
            ["accepted_recipients"] = valid.Count,
            ["invalid_recipients"] = recipients.Count - valid.Count,
            ["segments"] = segments,
            ["estimated_cost"] = Money(cost),
            ["currency"] = Currency,
        });
    }

    private Reply SendOtp(HttpContext context, JsonObject? body, string? key)
    {
        var channel = FakeRequests.Text(body, "channel") ?? "sms";
        var destination = channel == "email" ? FakeRequests.Text(body, "email") : FakeRequests.Text(body, "mobile_number");
        if (destination is null || (channel != "email" && !IsPhone(destination)))
        {
            return Error(422, "invalid_recipient", "The destination is not in a usable format.");
        }

        if (channel is "sms" or "voice" && FakeRequests.Text(body, "sender") is null)
        {
            return Validation("The sender field is required.", ("sender", true));
        }

        var length = body?["length"] is JsonValue l && l.TryGetValue<int>(out var n) ? n : 6;
        var expiry = body?["expiry"] is JsonValue e && e.TryGetValue<int>(out var m) ? m : 10;
        var code = string.Concat(Enumerable.Range(0, length).Select(_ => (char)('0' + Random.Shared.Next(10))));
        var reference = Guid.NewGuid().ToString();
        State.AddOtp(new FakeHellioOtp(reference, channel, destination, code, State.Now.AddMinutes(expiry), key));
        State.AddMessage(new FakeHellioMessage(State.NextId(), reference, null, destination, FakeRequests.Text(body, "sender") ?? "OTP", "Your code is " + code, "delivered", State.Now));
        return Data(201, new JsonObject { ["reference"] = reference, ["mobile_number"] = channel == "email" ? null : destination, ["expires_in_minutes"] = expiry, ["status"] = "queued" });
    }

    private Reply VerifyOtp(HttpContext context, JsonObject? body)
    {
        var channel = FakeRequests.Text(body, "channel") ?? "sms";
        var destination = channel == "email" ? FakeRequests.Text(body, "email") : FakeRequests.Text(body, "mobile_number");
        var code = FakeRequests.Text(body, "code");
        if (destination is null || code is null)
        {
            return Validation("The given data was invalid.", ("mobile_number", destination is null), ("code", code is null));
        }

        var otp = State.Otps.LastOrDefault(o => o.Destination == destination);
        return otp is not null && otp.Code == code && otp.ExpiresAt > State.Now
            ? Data(200, new JsonObject { ["verified"] = true, ["status"] = "verified" })
            : Data(422, new JsonObject { ["verified"] = false, ["status"] = "invalid" });
    }

    private Reply SendVoice(HttpContext context, JsonObject? body, string? key)
    {
        var recipients = Numbers(body, "recipients");
        if (recipients is null || !recipients.Any(IsPhone))
        {
            return Error(422, "no_valid_recipients", "None of the recipients is a valid number.");
        }

        var text = FakeRequests.Text(body, "text");
        var audio = FakeRequests.Text(body, "audio_url");
        if ((text is null) == (audio is null) || audio is { } url && url.Contains("unreachable", StringComparison.Ordinal))
        {
            return Error(422, "audio_error", "Provide exactly one of text or a reachable audio_url.");
        }

        var broadcast = new FakeHellioVoiceBroadcast(State.NextId(), recipients, text, audio, FakeRequests.Text(body, "name"), key);
        State.AddVoice(broadcast);
        return Data(201, VoiceJson(broadcast));
    }

    private Reply GetVoice(HttpContext context, JsonObject? body)
    {
        var id = Route(context);
        var broadcast = State.VoiceBroadcasts.FirstOrDefault(v => v.Id.ToString(CultureInfo.InvariantCulture) == id);
        return broadcast is null ? NotFound() : Data(200, VoiceJson(broadcast));
    }

    private JsonObject VoiceJson(FakeHellioVoiceBroadcast broadcast) => new()
    {
        ["id"] = broadcast.Id,
        ["name"] = broadcast.Name,
        ["status"] = "queued",
        ["accepted_recipients"] = broadcast.Recipients.Count(IsPhone),
        ["estimated_cost"] = Money(0.12m * broadcast.Recipients.Count),
        ["currency"] = Currency,
        ["created_at"] = Timestamp(State.Now),
    };

    private Reply CreateLookup(HttpContext context, JsonObject? body)
    {
        var numbers = Numbers(body, "numbers");
        var valid = numbers?.Where(IsPhone).ToList() ?? [];
        if (valid.Count == 0)
        {
            return Error(422, "no_valid_numbers", "None of the numbers is valid.");
        }

        var id = State.NextId().ToString(CultureInfo.InvariantCulture);
        var lookup = new JsonObject
        {
            ["id"] = long.Parse(id, CultureInfo.InvariantCulture),
            ["status"] = "completed",
            ["accepted"] = valid.Count,
            ["invalid"] = numbers!.Count - valid.Count,
            ["cost"] = Money(0.01m * valid.Count),
            ["scheduled_at"] = FakeRequests.Text(body, "scheduled_at"),
            ["created_at"] = Timestamp(State.Now),
            ["results"] = new JsonArray(valid.Select(n => (JsonNode)new JsonObject { ["number"] = n, ["status"] = "active", ["network"] = "MTN", ["ported"] = false }).ToArray()),
        };
        State.Lookups[id] = lookup;
        return Data(202, Clone(lookup));
    }

    private Reply VerifyEmails(HttpContext context, JsonObject? body)
    {
        if (body?["emails"] is not JsonArray emails || emails.Count == 0)
        {
            return Validation("The emails field is required.", ("emails", true));
        }

        var results = new JsonArray();
        foreach (var item in emails)
        {
            var email = item?.GetValue<string>() ?? string.Empty;
            var at = email.IndexOf('@', StringComparison.Ordinal);
            var syntax = at > 0 && email.IndexOf('.', at) > at;
            var disposable = email.EndsWith("@mailinator.com", StringComparison.OrdinalIgnoreCase);
            var role = at > 0 && email[..at] is "info" or "admin" or "support";
            results.Add(new JsonObject
            {
                ["email"] = email,
                ["status"] = syntax && !disposable ? "valid" : "invalid",
                ["valid"] = syntax && !disposable,
                ["syntax_valid"] = syntax,
                ["mx_found"] = syntax,
                ["disposable"] = disposable,
                ["role"] = role,
            });
        }

        return Data(200, results);
    }

    private Reply Pricing(HttpContext context, JsonObject? body)
    {
        var country = context.Request.Query["country"].ToString();
        var all = new[]
        {
            ("GH", "MTN", 0.035m), ("GH", "Telecel", 0.035m), ("GH", "AirtelTigo", 0.0325m), ("NG", "MTN", 0.05m),
        };
        return Data(200, new JsonArray(all.Where(p => country.Length == 0 || p.Item1 == country)
            .Select(p => (JsonNode)new JsonObject { ["country"] = p.Item1, ["network"] = p.Item2, ["price"] = Money(p.Item3), ["currency"] = Currency }).ToArray()));
    }

    private Reply ListMessages(HttpContext context, JsonObject? body)
    {
        var status = context.Request.Query["status"].ToString();
        return Page(context, State.Messages.Reverse().Where(m => status.Length == 0 || m.Status == status).ToList(), MessageJson);
    }

    private Reply GetMessage(HttpContext context, JsonObject? body)
    {
        var id = Route(context);
        var message = State.Messages.FirstOrDefault(m => m.Reference == id || m.Id.ToString(CultureInfo.InvariantCulture) == id);
        return message is null ? NotFound() : Data(200, MessageJson(message));
    }

    private Reply ListCampaigns(HttpContext context, JsonObject? body) => Page(context, State.Campaigns.Reverse().ToList(), CampaignJson);

    private Reply GetCampaign(HttpContext context, JsonObject? body)
    {
        var id = Route(context);
        var campaign = State.Campaigns.FirstOrDefault(c => c.Reference == id || c.Id.ToString(CultureInfo.InvariantCulture) == id);
        return campaign is null ? NotFound() : Data(200, CampaignJson(campaign));
    }

    private JsonObject MessageJson(FakeHellioMessage message) => new()
    {
        ["id"] = message.Id,
        ["reference"] = message.Reference,
        ["campaign_id"] = message.CampaignId,
        ["mobile_number"] = message.MobileNumber,
        ["sender"] = message.Sender,
        ["message"] = message.Message,
        ["status"] = message.Status,
        ["segments"] = 1,
        ["cost"] = Money(State.PricePerSegment),
        ["currency"] = Currency,
        ["provider_message_id"] = "pm-" + message.Id.ToString(CultureInfo.InvariantCulture),
        ["created_at"] = Timestamp(message.CreatedAt),
        ["delivered_at"] = Timestamp(message.CreatedAt),
    };

    private JsonObject CampaignJson(FakeHellioCampaign campaign) => new()
    {
        ["id"] = campaign.Id,
        ["reference"] = campaign.Reference,
        ["name"] = null,
        ["sender"] = campaign.Sender,
        ["status"] = "completed",
        ["recipients_count"] = campaign.Recipients.Count,
        ["cost"] = Money(State.PricePerSegment * campaign.Recipients.Count),
        ["currency"] = Currency,
        ["breakdown"] = new JsonObject { ["delivered"] = campaign.Recipients.Count, ["failed"] = 0, ["pending"] = 0 },
        ["created_at"] = Timestamp(campaign.CreatedAt),
    };

    private Reply CreateWebhook(HttpContext context, JsonObject? body)
    {
        var url = FakeRequests.Text(body, "url");
        if (url is null || !url.StartsWith("https://", StringComparison.Ordinal))
        {
            return Validation("The url must be an HTTPS address.", ("url", true));
        }

        var id = State.NextId().ToString(CultureInfo.InvariantCulture);
        var webhook = new JsonObject
        {
            ["id"] = long.Parse(id, CultureInfo.InvariantCulture),
            ["url"] = url,
            ["events"] = body!["events"]?.DeepClone() ?? new JsonArray("*"),
            ["active"] = true,
            ["secret"] = "whsec_" + Guid.NewGuid().ToString("N"),
            ["created_at"] = Timestamp(State.Now),
        };
        State.Webhooks[id] = webhook;
        return Data(201, Clone(webhook));
    }

    private Reply UssdPricing(HttpContext context, JsonObject? body) => Data(200, new JsonObject
    {
        ["short_code"] = "*920#",
        ["currency"] = Currency,
        ["session_prices"] = new JsonArray(
            new JsonObject { ["network"] = "MTN", ["slug"] = "mtn", ["session_price"] = "0.0500" },
            new JsonObject { ["network"] = "Telecel", ["slug"] = "telecel", ["session_price"] = 0.045 }),
        ["extension_prices"] = new JsonArray(
            new JsonObject { ["length"] = 2, ["monthly_price"] = "500.00" },
            new JsonObject { ["length"] = 3, ["monthly_price"] = "50.00" }),
    });

    private Reply UssdAvailability(HttpContext context, JsonObject? body)
    {
        var code = context.Request.Query["code"].ToString();
        var valid = code.Length is > 0 and <= 12 && code.All(char.IsAsciiDigit);
        var taken = State.UssdExtensions.Values.Any(e => (string?)e["code"] == code);
        return Data(200, new JsonObject
        {
            ["code"] = code,
            ["valid"] = valid,
            ["available"] = valid && !taken,
            ["monthly_price"] = valid ? Money(ExtensionPrice(code)) : null,
        });
    }

    private Reply CreateApp(HttpContext context, JsonObject? body)
    {
        var name = FakeRequests.Text(body, "name");
        var callback = FakeRequests.Text(body, "callback_url");
        if (name is not { Length: > 0 and <= 120 } || callback is null || !callback.StartsWith("https://", StringComparison.Ordinal))
        {
            return Validation("The given data was invalid.", ("name", name is not { Length: > 0 and <= 120 }), ("callback_url", callback is null));
        }

        var id = Guid.NewGuid().ToString();
        var app = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["callback_url"] = callback,
            ["mode"] = "test",
            ["test_secret"] = "ussk_test_" + Guid.NewGuid().ToString("N"),
            ["live_secret"] = "ussk_live_" + Guid.NewGuid().ToString("N"),
            ["is_live"] = false,
            ["active"] = body!["active"] is JsonValue a && a.TryGetValue<bool>(out var active) ? active : true,
            ["created_at"] = Timestamp(State.Now.AddTicks(State.NextId())),
        };
        State.UssdApps[id] = app;
        return Data(201, Clone(app));
    }

    private Reply UpdateApp(HttpContext context, JsonObject? body)
    {
        if (!State.UssdApps.TryGetValue(Route(context), out var app))
        {
            return NotFound();
        }

        app["name"] = FakeRequests.Text(body, "name") ?? (string?)app["name"];
        app["callback_url"] = FakeRequests.Text(body, "callback_url") ?? (string?)app["callback_url"];
        if (body?["active"] is JsonValue a && a.TryGetValue<bool>(out var active))
        {
            app["active"] = active;
        }

        return Data(200, Public(app));
    }

    private Reply SetMode(HttpContext context, JsonObject? body)
    {
        var id = Route(context);
        if (!State.UssdApps.TryGetValue(id, out var app))
        {
            return NotFound();
        }

        var mode = FakeRequests.Text(body, "mode");
        if (mode is not ("test" or "live"))
        {
            return Validation("The mode must be test or live.", ("mode", true));
        }

        if (mode == "live" && !State.UssdExtensions.Values.Any(e => (string?)e["app_id"] == id))
        {
            return Error(402, "extension_required", "Rent an extension before going live.");
        }

        app["mode"] = mode;
        app["is_live"] = mode == "live";
        return Data(200, Public(app));
    }

    private Reply RotateSecret(HttpContext context, JsonObject? body)
    {
        if (!State.UssdApps.TryGetValue(Route(context), out var app))
        {
            return NotFound();
        }

        var mode = FakeRequests.Text(body, "mode") is "live" ? "live" : "test";
        app[mode + "_secret"] = "ussk_" + mode + "_" + Guid.NewGuid().ToString("N");
        var result = Public(app);
        result[mode + "_secret"] = (string?)app[mode + "_secret"];
        return Data(200, result);
    }

    private Reply RentExtension(HttpContext context, JsonObject? body)
    {
        var code = FakeRequests.Text(body, "code");
        if (code is not { Length: > 0 and <= 12 } || !code.All(char.IsAsciiDigit))
        {
            return Validation("The code must be up to 12 digits.", ("code", true));
        }

        if (State.UssdExtensions.Values.Any(e => (string?)e["code"] == code))
        {
            return Error(409, "extension_unavailable", "This extension is already taken.");
        }

        var price = ExtensionPrice(code);
        if (!State.TryChargeUssd(price))
        {
            return Error(402, "insufficient_ussd_balance", "Your USSD balance cannot cover the extension rent.");
        }

        var id = Guid.NewGuid().ToString();
        var extension = new JsonObject
        {
            ["id"] = id,
            ["code"] = code,
            ["dial_string"] = "*920*" + code + "#",
            ["length"] = code.Length,
            ["status"] = "active",
            ["monthly_price"] = Money(price),
            ["auto_renew"] = true,
            ["app_id"] = FakeRequests.Text(body, "app_id"),
            ["expires_at"] = Timestamp(State.Now.AddDays(30)),
        };
        State.UssdExtensions[id] = extension;
        return Data(201, Clone(extension));
    }

    private Reply Simulate(HttpContext context, JsonObject? body)
    {
        var appId = FakeRequests.Text(body, "app_id");
        var sessionId = FakeRequests.Text(body, "session_id");
        var msisdn = FakeRequests.Text(body, "msisdn");
        if (appId is null || !State.UssdApps.ContainsKey(appId))
        {
            return Error(422, "unknown_app", "The app does not exist or is not yours.");
        }

        if (sessionId is null || msisdn is null)
        {
            return Validation("The given data was invalid.", ("session_id", sessionId is null), ("msisdn", msisdn is null));
        }

        var input = FakeRequests.Text(body, "input");
        var end = input == "0";
        var session = State.UssdSessions.GetOrAdd(sessionId, _ => new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["session_ref"] = sessionId,
            ["msisdn"] = msisdn,
            ["service_code"] = FakeRequests.Text(body, "service_code") ?? "*920#",
            ["status"] = "active",
            ["steps"] = 0,
            ["charge"] = "0.0000",
            ["sandbox"] = true,
            ["started_at"] = Timestamp(State.Now),
            ["ended_at"] = null,
        });
        lock (session)
        {
            session["steps"] = (int)session["steps"]! + 1;
            if (end)
            {
                session["status"] = "ended";
                session["ended_at"] = Timestamp(State.Now);
            }
        }

        return Data(200, new JsonObject
        {
            ["message"] = end ? "Goodbye" : "Welcome\n1. Balance\n0. Exit",
            ["action"] = end ? "end" : "continue",
            ["continue"] = !end,
        });
    }

    private static decimal ExtensionPrice(string code) => code.Length <= 2 ? 500m : 50m;

    private Reply Page(HttpContext context, IEnumerable<JsonObject> items) => Page(context, items.ToList(), static item => item);

    // Only the page is turned into JSON: long chaos runs list stores of hundreds of thousands of messages.
    private Reply Page<T>(HttpContext context, IReadOnlyList<T> all, Func<T, JsonObject> toJson)
    {
        // Opaque cursors: the offset, encoded so that callers cannot rely on it.
        var variance = server.Options.Variance;
        var perPage = FakePaging.PageSize(variance, int.TryParse(context.Request.Query["per_page"], CultureInfo.InvariantCulture, out var p) && p is > 0 and <= 200 ? p : 15);
        var cursor = context.Request.Query["cursor"].ToString();
        var position = FakePaging.Position(cursor);
        var offset = position is not null && int.TryParse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(position)), CultureInfo.InvariantCulture, out var o) ? o : 0;
        var page = all.Skip(offset).Take(perPage).Select(i => (JsonNode)toJson(i)).ToArray();
        var natural = offset + perPage < all.Count ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes((offset + perPage).ToString(CultureInfo.InvariantCulture))) : null;
        var next = FakePaging.NextCursor(variance, cursor, natural);
        return new Reply(200, new JsonObject
        {
            ["data"] = new JsonArray(page),
            ["meta"] = new JsonObject { ["next_cursor"] = next, ["per_page"] = perPage },
        }.ToJsonString());
    }

    private static Reply Find(IReadOnlyDictionary<string, JsonObject> store, HttpContext context) =>
        store.TryGetValue(Route(context), out var item) ? Data(200, Clone(item)) : NotFound();

    private static Reply Delete<T>(System.Collections.Concurrent.ConcurrentDictionary<string, T> store, HttpContext context) =>
        store.TryRemove(Route(context), out _) ? new Reply(204, null) : NotFound();

    private static JsonObject Public(JsonObject app)
    {
        var copy = Clone(app);
        copy.Remove("test_secret");
        copy.Remove("live_secret");
        return copy;
    }

    private static JsonObject Clone(JsonObject item) => (JsonObject)item.DeepClone();

    private static long Id(JsonObject item) => (long?)item["id"] ?? 0;

    private static string Route(HttpContext context) => (string)context.Request.RouteValues["id"]!;

    private static string Money(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool IsPhone(string number)
    {
        var digits = number.StartsWith('+') ? number[1..] : number;
        return digits.Length is >= 9 and <= 15 && digits.All(char.IsAsciiDigit);
    }

    private static List<string>? Numbers(JsonObject? body, string name) => body?[name] switch
    {
        JsonArray array when array.Count > 0 => array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty).ToList(),
        JsonValue value when value.TryGetValue<string>(out var text) && text.Length > 0 =>
            text.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        _ => null,
    };

    private static Reply Data(int status, JsonNode data) => new(status, new JsonObject { ["data"] = data }.ToJsonString());

    private static Reply Error(int status, string code, string message) => new(status, new JsonObject { ["message"] = message, ["error"] = code }.ToJsonString());

    private static Reply NotFound() => Error(404, "not_found", "Resource not found.");

    private static Reply Validation(string message, params (string Field, bool Bad)[] fields)
    {
        var errors = new JsonObject();
        foreach (var (field, bad) in fields)
        {
            if (bad)
            {
                errors[field] = new JsonArray($"The {field} field is invalid.");
            }
        }

        return new Reply(422, new JsonObject { ["message"] = message, ["errors"] = errors }.ToJsonString());
    }

    private static async Task Write(HttpContext context, Reply reply, bool replayed)
    {
        if (replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        context.Response.StatusCode = reply.Status;
        if (reply.Json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Json);
        }
    }

    private static async Task<JsonObject?> ParseAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsDelete(context.Request.Method))
        {
            return null;
        }

        return await FakeRequests.ParseBodyAsync(context) as JsonObject;
    }

    private sealed record Reply(int Status, string? Json);
}
