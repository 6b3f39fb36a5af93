// In this web project "IMiddleware" always means the Bot Framework's turn middleware, not ASP.NET Core's.
global using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
