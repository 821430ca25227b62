"""Fractal goals: a goal tree with practice sessions and the activities logged in them.

This is models.py as it stood on the day of the seed-000/001 incidents: the "database
improvements" migration added root_id with a plain ALTER (no NOT NULL, no foreign key, type
STRING), the hotfix added notes and data as STRING, and goals.completed_at never got a migration.
"""
import uuid
from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


def _uuid():
    return str(uuid.uuid4())


class Goal(Base):
    __tablename__ = 'goals'

    id = Column(String, primary_key=True, default=_uuid)
    type = Column(String, nullable=False)
    name = Column(String, nullable=False)
    description = Column(Text, default='')
    parent_id = Column(String, ForeignKey('goals.id', ondelete='CASCADE'), nullable=True)
    root_id = Column(String, ForeignKey('goals.id', ondelete='CASCADE'), nullable=True)
    completed = Column(Boolean, default=False)
    completed_at = Column(DateTime, nullable=True)
    created_at = Column(DateTime, default=datetime.utcnow)
    updated_at = Column(DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)
    deleted_at = Column(DateTime, nullable=True)
    sort_order = Column(Integer, default=0)

    children = relationship('Goal', remote_side=[id], foreign_keys=[parent_id])


class ActivityDefinition(Base):
    __tablename__ = 'activity_definitions'

    id = Column(String, primary_key=True, default=_uuid)
    root_id = Column(String, ForeignKey('goals.id', ondelete='CASCADE'), nullable=False)
    name = Column(String, nullable=False)
    description = Column(String, default='')
    has_splits = Column(Boolean, default=False)
    created_at = Column(DateTime, default=datetime.utcnow)


class ActivityInstance(Base):
    __tablename__ = 'activity_instances'

    id = Column(String, primary_key=True, default=_uuid)
    practice_session_id = Column(String, ForeignKey('goals.id', ondelete='CASCADE'), nullable=False)
    activity_definition_id = Column(
        String, ForeignKey('activity_definitions.id', ondelete='CASCADE'), nullable=False
    )
    root_id = Column(String, ForeignKey('goals.id', ondelete='CASCADE'), nullable=False)
    created_at = Column(DateTime, default=datetime.utcnow)
    time_start = Column(DateTime, nullable=True)
    time_stop = Column(DateTime, nullable=True)
    duration_seconds = Column(Integer, nullable=True)
    completed = Column(Boolean, default=False)
    notes = Column(String, nullable=True)
    data = Column(String, nullable=True)
    deleted_at = Column(DateTime, nullable=True)
    updated_at = Column(DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)
    sort_order = Column(Integer, default=0)


class MetricValue(Base):
    __tablename__ = 'metric_values'

    id = Column(String, primary_key=True, default=_uuid)
    activity_instance_id = Column(
        String, ForeignKey('activity_instances.id', ondelete='CASCADE'), nullable=False
    )
    value = Column(Float, nullable=False)
    created_at = Column(DateTime, default=datetime.utcnow)
