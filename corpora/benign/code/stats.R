library(dplyr)
library(ggplot2)

orders <- read.csv("orders.csv", stringsAsFactors = FALSE)

monthly <- orders %>%
  mutate(month = format(as.Date(placed_at), "%Y-%m")) %>%
  filter(status != "cancelled") %>%
  group_by(month, region) %>%
  summarise(revenue = sum(total), n = n(), .groups = "drop")

p <- ggplot(monthly, aes(x = month, y = revenue, fill = region)) +
  geom_col(position = "dodge") +
  labs(title = "Monthly revenue by region", x = NULL, y = "EUR") +
  theme_minimal()

ggsave("monthly_revenue.png", p, width = 8, height = 4, dpi = 150)
print(summary(monthly$revenue))
