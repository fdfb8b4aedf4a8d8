local Inventory = {}
Inventory.__index = Inventory

function Inventory.new(capacity)
  return setmetatable({ items = {}, capacity = capacity or 20, count = 0 }, Inventory)
end

function Inventory:add(name, qty)
  qty = qty or 1
  if self.count + qty > self.capacity then
    return false, "inventory full"
  end
  self.items[name] = (self.items[name] or 0) + qty
  self.count = self.count + qty
  return true
end

function Inventory:remove(name, qty)
  qty = qty or 1
  local have = self.items[name] or 0
  if have < qty then
    return false, string.format("only %d %s left", have, name)
  end
  self.items[name] = have - qty
  if self.items[name] == 0 then self.items[name] = nil end
  self.count = self.count - qty
  return true
end

return Inventory
