package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"sync"
)

type Item struct {
	ID    int     `json:"id"`
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

type Store struct {
	mu    sync.RWMutex
	items map[int]Item
	next  int
}

var ErrNotFound = errors.New("item not found")

func NewStore() *Store { return &Store{items: make(map[int]Item), next: 1} }

func (s *Store) Get(id int) (Item, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	it, ok := s.items[id]
	if !ok {
		return Item{}, ErrNotFound
	}
	return it, nil
}

func (s *Store) Add(it Item) Item {
	s.mu.Lock()
	defer s.mu.Unlock()
	it.ID = s.next
	s.next++
	s.items[it.ID] = it
	return it
}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		id, err := strconv.Atoi(r.URL.Query().Get("id"))
		if err != nil {
			http.Error(w, "id must be an integer", http.StatusBadRequest)
			return
		}
		it, err := s.Get(id)
		if errors.Is(err, ErrNotFound) {
			http.NotFound(w, r)
			return
		}
		writeJSON(w, http.StatusOK, it)
	case http.MethodPost:
		var it Item
		if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&it); err != nil {
			http.Error(w, "invalid JSON body", http.StatusBadRequest)
			return
		}
		writeJSON(w, http.StatusCreated, s.Add(it))
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
