package io.github.blogmaven.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tells every open browser tab to reload, over Server-Sent Events. */
public final class LiveReload implements AutoCloseable {

    /** The script injected into served pages (never into files on disk). */
    static final String CLIENT = "(function(){if(!window.EventSource){return;}"
            + "var s=new EventSource('" + PreviewServer.EVENTS + "');"
            + "s.addEventListener('reload',function(){window.location.reload();});}());";

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private long events;

    private record Client(OutputStream out, CountDownLatch done) {
    }

    /** Holds the request open as an event stream until the tab goes away or the server stops. */
    void subscribe(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        Client c = new Client(ex.getResponseBody(), new CountDownLatch(1));
        if (!send(c, ": connected\n\n")) {
            return;
        }
        clients.add(c);
        try {
            while (!closed && !c.done.await(15, TimeUnit.SECONDS)) {
                if (!send(c, ": keep-alive\n\n")) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(c);
        }
    }

    /** Sends a reload event to every connected tab. */
    public synchronized void reload() {
        events++;
        for (Client c : clients) {
            send(c, "event: reload\ndata: " + events + "\n\n");
        }
    }

    public int clients() {
        return clients.size();
    }

    private boolean send(Client c, String text) {
        try {
            synchronized (c) {
                c.out.write(text.getBytes(StandardCharsets.UTF_8));
                c.out.flush();
            }
            return true;
        } catch (IOException e) {
            c.done.countDown();
            clients.remove(c);
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        clients.forEach(c -> c.done.countDown());
    }
}
