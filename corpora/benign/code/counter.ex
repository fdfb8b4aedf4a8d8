defmodule Acme.Counter do
  @moduledoc "A named counter process with atomic increments and periodic flush."
  use GenServer

  @flush_every :timer.seconds(30)

  def start_link(opts) do
    name = Keyword.fetch!(opts, :name)
    GenServer.start_link(__MODULE__, %{name: name, count: 0}, name: name)
  end

  def incr(name, by \\ 1), do: GenServer.cast(name, {:incr, by})
  def value(name), do: GenServer.call(name, :value)

  @impl true
  def init(state) do
    Process.send_after(self(), :flush, @flush_every)
    {:ok, state}
  end

  @impl true
  def handle_cast({:incr, by}, state), do: {:noreply, %{state | count: state.count + by}}

  @impl true
  def handle_call(:value, _from, state), do: {:reply, state.count, state}

  @impl true
  def handle_info(:flush, state) do
    :telemetry.execute([:acme, :counter], %{value: state.count}, %{name: state.name})
    Process.send_after(self(), :flush, @flush_every)
    {:noreply, state}
  end
end
