import express, { type Request, type Response, type NextFunction } from "express";
import { z } from "zod";

const app = express();
app.use(express.json({ limit: "1mb" }));

const Todo = z.object({
  title: z.string().min(1).max(200),
  done: z.boolean().default(false),
});
type Todo = z.infer<typeof Todo> & { id: number };

const todos = new Map<number, Todo>();
let nextId = 1;

app.get("/todos", (_req, res) => {
  res.json([...todos.values()]);
});

app.post("/todos", (req, res) => {
  const parsed = Todo.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ error: parsed.error.flatten() });
  }
  const todo = { ...parsed.data, id: nextId++ };
  todos.set(todo.id, todo);
  res.status(201).json(todo);
});

app.patch("/todos/:id", (req, res) => {
  const id = Number(req.params.id);
  const existing = todos.get(id);
  if (!existing) return res.sendStatus(404);
  const update = Todo.partial().parse(req.body);
  todos.set(id, { ...existing, ...update });
  res.json(todos.get(id));
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`listening on ${port}`));
